package whereabouts.service;

import java.text.Normalizer;
import java.util.Locale;
import whereabouts.track.Track;

/** Names of downloaded files. */
public final class GeoJsonExporter {
    private GeoJsonExporter() {
    }

    /** A file name made from the track's name: ASCII letters, digits and hyphens, ending in .geojson. */
    public static String fileName(Track track) {
        String ascii = Normalizer.normalize(track.name(), Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-$", "");
        }
        return (slug.isEmpty() ? "track-" + track.id() : slug) + ".geojson";
    }
}

package whereabouts.service;

import whereabouts.gazetteer.Gazetteer;
import whereabouts.gazetteer.ReverseResult;
import whereabouts.geo.LatLon;
import whereabouts.track.PlaceDescriber;

/** Describes a position relative to the nearest known place ("40 km SW of Ussuriysk"), within 200 km. */
public final class GazetteerDescriber implements PlaceDescriber {
    /** Farthest a reference place may be, km: the Korean and Russian lines have settlements well within this. */
    static final double MAX_KM = 200;

    private final Gazetteer gazetteer;

    public GazetteerDescriber(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public String describe(LatLon p) {
        return gazetteer.reverse(p, MAX_KM).map(ReverseResult::text).orElse(null);
    }
}

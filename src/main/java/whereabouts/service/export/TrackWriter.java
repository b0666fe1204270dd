package whereabouts.service.export;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a track's download in one format. Writers do not close the stream. */
public interface TrackWriter {
    void write(TrackExport export, OutputStream out) throws IOException;
}

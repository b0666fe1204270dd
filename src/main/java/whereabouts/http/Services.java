package whereabouts.http;

import whereabouts.service.ChangeFeed;
import whereabouts.service.ExportService;
import whereabouts.service.ExtractService;
import whereabouts.service.GeocodeService;
import whereabouts.service.LabelService;
import whereabouts.service.RailNetworkFeatures;
import whereabouts.service.RouteService;
import whereabouts.service.TrackService;
import whereabouts.service.TrajectoryService;

/** The services the HTTP shell calls; one controller calls one service per request. */
public record Services(TrackService tracks, TrajectoryService trajectories, ExportService exports,
                       GeocodeService geocoding, RouteService routing, RailNetworkFeatures railNetwork,
                       ChangeFeed changes, ExtractService extraction,
                       whereabouts.service.ImportService imports, LabelService labels,
                       whereabouts.service.SightingDesk desk,
                       whereabouts.service.MeetingService meetings, whereabouts.service.WatchService watches) {
}

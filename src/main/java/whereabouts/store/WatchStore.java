package whereabouts.store;

import java.util.List;

/** Which users watch which tracks (issue 21). Implementations are thread-safe. */
public interface WatchStore {
    /** Starts watching; watching a watched track again changes nothing. */
    void watch(String userName, long trackId);

    /** Stops watching; a track not watched is no error. */
    void unwatch(String userName, long trackId);

    /** The tracks the user watches, by id. */
    List<Long> watchedBy(String userName);

    /** The users who watch the track, by name. */
    List<String> watchersOf(long trackId);
}

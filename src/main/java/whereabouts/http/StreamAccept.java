package whereabouts.http;

/**
 * {@code /api/events} speaks only {@code text/event-stream}; a request that does not list it in {@code Accept}
 * (plain {@code curl -N}, which sends {@code *}{@code /*}) used to get an empty 200 {@code text/plain}. It gets a
 * 406 in the usual error shape instead, saying what to send.
 */
final class StreamAccept {
    static final String MESSAGE = "/api/events is a Server-Sent Events stream: send the header "
            + "'Accept: text/event-stream' (curl -N -H 'Accept: text/event-stream' <server>/api/events), "
            + "or open it with EventSource in a browser.";

    private StreamAccept() {
    }

    /** @throws HttpProblem 406 when {@code accept} does not name text/event-stream */
    static void check(String accept) {
        if (accept == null || !accept.toLowerCase(java.util.Locale.ROOT).contains("text/event-stream")) {
            throw new HttpProblem(406, "not_acceptable", "Accept", MESSAGE);
        }
    }
}

package whereabouts.http;

import whereabouts.error.ApiException;

/** A protocol-level problem found by the HTTP shell itself (content type, body size, JSON syntax). */
public final class HttpProblem extends ApiException {
    private final int status;

    public HttpProblem(int status, String code, String field, String message) {
        super(code, field, message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}

package whereabouts.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import whereabouts.error.AccessException;
import java.util.List;
import whereabouts.error.ApiException;
import whereabouts.error.FieldProblem;
import whereabouts.error.InvalidFieldsException;
import whereabouts.error.InvalidInputException;
import whereabouts.error.NotFoundException;
import whereabouts.error.RevisionConflictException;
import whereabouts.error.UnresolvedPlaceException;

/** The one place where exceptions become HTTP errors. No response ever carries a stack trace. */
public final class ErrorMapper {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

    private ErrorMapper() {
    }

    public static void register(RoutesConfig routes) {
        routes.exception(RevisionConflictException.class, (e, ctx) -> write412(ctx, e));
        routes.exception(ApiException.class, (e, ctx) -> {
            ErrorBody body;
            if (e instanceof UnresolvedPlaceException u) {
                body = new ErrorBody(e.code(), e.field(), e.getMessage(), u.candidates());
            } else if (e instanceof InvalidFieldsException many) {
                body = new ErrorBody(e.code(), e.field(), e.getMessage(), null, many.problems());
            } else if (e instanceof InvalidInputException && e.field() != null) {
                body = new ErrorBody(e.code(), e.field(), e.getMessage(), null, List.of(FieldProblem.of(e)));
            } else {
                body = ErrorBody.of(e.code(), e.field(), e.getMessage());
            }
            if (e instanceof AccessException a && a.retryAfterSeconds() > 0) {
                ctx.header("Retry-After", Long.toString(a.retryAfterSeconds()));
            }
            if (e instanceof whereabouts.error.UnavailableException u && u.retryAfterSeconds() > 0) {
                ctx.header("Retry-After", Long.toString(u.retryAfterSeconds()));
            }
            int status = statusOf(e);
            if (status == 401 || status == 403 || status == 429 || status == 421) {
                whereabouts.auth.SecurityLog.refused(status, e.code(), ctx.method().name(), ctx.path(),
                        RequestGuard.author(ctx), ctx.ip(), e.getMessage()); // #26: the security log
            }
            write(ctx, status, body);
        });
        routes.exception(HttpResponseException.class, (e, ctx) -> {
            int status = e.getStatus();
            String code = switch (status) {
                case 404 -> "not_found";
                case 405 -> "method_not_allowed";
                case 413 -> "body_too_large";
                default -> "http_" + status;
            };
            String message = status == 413 ? BodyReader.TOO_LARGE_MESSAGE : e.getMessage();
            write(ctx, status, ErrorBody.of(code, null, message));
        });
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("Unhandled error on {} {}", ctx.method(), ctx.path(), e);
            write(ctx, 500, ErrorBody.of("internal_error", null,
                    "Something went wrong on the server; nothing was changed. The error has been logged."));
        });
    }

    static int statusOf(ApiException e) {
        if (e instanceof HttpProblem p) {
            return p.status();
        }
        if (e instanceof NotFoundException) {
            return 404;
        }
        if (e instanceof whereabouts.error.UnavailableException) {
            return 503; // #26: heavy work past its time budget, or no slot for it
        }
        if (e instanceof AccessException a) {
            return switch (a.reason()) {
                case UNAUTHENTICATED -> 401;
                case FORBIDDEN -> 403;
                case RATE_LIMITED -> 429;
            };
        }
        if (e instanceof UnresolvedPlaceException) {
            return 422;
        }
        if (e instanceof whereabouts.error.UnacceptableFileException f) {
            return f.tooLarge() ? 413 : 415;
        }
        return 400; // InvalidInputException and any other input problem
    }

    private static void write412(Context ctx, RevisionConflictException e) {
        ctx.status(412).header("ETag", Revisions.etag(e.currentRevision()))
                .json(new Revisions.ConflictBody(e.code(), e.field(), e.getMessage(), e.currentRevision()));
    }

    private static void write(Context ctx, int status, ErrorBody body) {
        ctx.status(status).json(body);
    }
}

package whereabouts.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The one Jackson configuration used for the API, stored snapshots and data files. */
public final class Json {
    private Json() {
    }

    /**
     * A new mapper: ISO-8601 times that keep their offset, unknown properties rejected by callers that care, and a
     * key given twice in one object refused (#26: "the last wins" lets one reader see another value than the next).
     */
    public static ObjectMapper newMapper() {
        return new ObjectMapper()
                .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}

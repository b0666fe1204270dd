package whereabouts.imports;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import whereabouts.error.InvalidInputException;
import whereabouts.error.UnacceptableFileException;

/**
 * Reads CSV with a header row (comma, semicolon or tab separated). Recognised without help: our own export,
 * GDAL's and QGIS's layouts ({@code X}/{@code Y}, {@code lon}/{@code lat}, {@code longitude}/{@code latitude},
 * a {@code WKT} column of POINTs) and the usual time headers; anything else is named with a column mapping
 * {@code observedAt=Zeit,lat=Breite,lon=Länge}.
 */
final class CsvImportReader {
    private static final Pattern WKT_POINT = Pattern.compile(
            "\\s*POINT\\s*(?:Z|M|ZM)?\\s*\\(\\s*([-+0-9.eE]+)\\s+([-+0-9.eE]+)(?:\\s+[-+0-9.eE]+)*\\s*\\)\\s*",
            Pattern.CASE_INSENSITIVE);
    private final CsvMapper csv = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

    /** Reads the CSV record by record from {@code in} (UTF-8, a byte order mark is dropped): never all at once. */
    ParsedFile read(InputStream in, int maxRows, String columnMapping) {
        try (BufferedReader text = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 64 * 1024)) {
            text.mark(64 * 1024);
            if (text.read() != '\uFEFF') {
                text.reset();
            }
            text.mark(64 * 1024);
            String firstLine = readLine(text);
            text.reset();
            char separator = separator(firstLine);
            try (MappingIterator<String[]> it = csv.readerFor(String[].class)
                    .with(CsvSchema.emptySchema().withColumnSeparator(separator)).readValues(text)) {
                if (!it.hasNextValue()) {
                    throw UnacceptableFileException.unknownFormat("The CSV has no header row.");
                }
                return records(it.nextValue(), it, maxRows, columnMapping);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof whereabouts.error.ApiException api) {
                throw api;
            }
            throw UnacceptableFileException.unknownFormat("The CSV cannot be read: " + e.getMessage());
        }
    }

    /** The first line, at most 64 KiB of it (the header row, for the separator). */
    private static String readLine(BufferedReader r) throws IOException {
        StringBuilder b = new StringBuilder();
        int c;
        while ((c = r.read()) >= 0 && c != '\n' && c != '\r' && b.length() < 60 * 1024) {
            b.append((char) c);
        }
        return b.toString();
    }

    private ParsedFile records(String[] header, MappingIterator<String[]> it, int maxRows, String columnMapping)
            throws IOException {
        Map<String, Integer> columns = columns(header, mapping(columnMapping));
        Integer wkt = index(header, "wkt");
        Integer featureType = index(header, "featuretype");
        if (!columns.containsKey("observedAt")) {
            throw new InvalidInputException("missing_column", "columns", "No column holds the time. Name one "
                    + "observedAt, time or timestamp, or map it: columns=observedAt=<your header>. Headers: "
                    + String.join(", ", header) + ".");
        }
        if (!(columns.containsKey("lat") && columns.containsKey("lon")) && wkt == null
                && !columns.containsKey("place")) {
            throw new InvalidInputException("missing_column", "columns", "No columns give the position: lon and "
                    + "lat (or X and Y, longitude and latitude), a WKT column, or a place name; or map them: "
                    + "columns=lat=<header>,lon=<header>. Headers: " + String.join(", ", header) + ".");
        }
        List<ImportRow> rows = new ArrayList<>();
        List<RowRejection> rejected = new ArrayList<>();
        int skipped = 0;
        for (int r = 1; it.hasNextValue(); r++) {
            String[] record = it.nextValue();
            ImportLimits.checkRows(r, maxRows);
            if (record.length == 1 && record[0].isBlank()) {
                continue; // an empty line
            }
            if (featureType != null && featureType < record.length && !record[featureType].isBlank()
                    && !record[featureType].equals("sighting")) {
                skipped++;
                continue;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            columns.forEach((field, i) -> {
                if (i < record.length && !record[i].isBlank()) {
                    fields.put(field, record[i].strip());
                }
            });
            if (!fields.containsKey("lat") && wkt != null && wkt < record.length && !record[wkt].isBlank()) {
                Matcher m = WKT_POINT.matcher(record[wkt]);
                if (!m.matches()) {
                    rejected.add(new RowRejection(r, "WKT", "Only POINT geometries are imported, not '"
                            + abbreviate(record[wkt]) + "'."));
                    continue;
                }
                fields.put("lon", m.group(1));
                fields.put("lat", m.group(2));
            }
            fields.computeIfPresent("observedAt", (k, v) -> FieldNames.isoTime(v));
            rows.add(new ImportRow(r, fields));
        }
        return new ParsedFile(ImportFormat.CSV, rows, rejected, skipped);
    }

    private static char separator(String headerLine) {
        int commas = count(headerLine, ','), semicolons = count(headerLine, ';'), tabs = count(headerLine, '\t');
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }

    /** {@code observedAt=Zeit,lat=Breite} as field → header. */
    private static Map<String, String> mapping(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isBlank()) {
            return out;
        }
        for (String pair : raw.split(",")) {
            int eq = pair.indexOf('=');
            String field = eq < 0 ? null : FieldNames.exact(pair.substring(0, eq));
            if (field == null || pair.substring(eq + 1).isBlank()) {
                throw new InvalidInputException("columns", "columns must be pairs field=header separated by "
                        + "commas, with fields among " + String.join(", ", FieldNames.FIELDS) + "; got '"
                        + abbreviate(pair) + "'.");
            }
            out.put(field, pair.substring(eq + 1).strip());
        }
        return out;
    }

    /** Column index of each field: mapped headers first, then a field's own name, then an alias. */
    private static Map<String, Integer> columns(String[] header, Map<String, String> mapping) {
        Map<String, Integer> out = new LinkedHashMap<>();
        mapping.forEach((field, name) -> {
            Integer i = index(header, name.toLowerCase(Locale.ROOT));
            if (i == null) {
                throw new InvalidInputException("columns", "columns maps " + field + " to '" + abbreviate(name)
                        + "', which is not a header of the file. Headers: " + String.join(", ", header) + ".");
            }
            out.put(field, i);
        });
        for (int i = 0; i < header.length; i++) {
            String f = FieldNames.exact(header[i]);
            if (f != null && !out.containsKey(f)) {
                out.put(f, i);
            }
        }
        for (int i = 0; i < header.length; i++) {
            String f = FieldNames.alias(header[i]);
            if (f != null && !out.containsKey(f)) {
                out.put(f, i);
            }
        }
        return out;
    }

    private static Integer index(String[] header, String lowerCaseName) {
        for (int i = 0; i < header.length; i++) {
            if (header[i].strip().toLowerCase(Locale.ROOT).equals(lowerCaseName)) {
                return i;
            }
        }
        return null;
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}

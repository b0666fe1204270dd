package whereabouts.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline of a wire story: where it was filed and by which agency. "SEOUL, Sept 12 (Reuters) -", "KHASAN,
 * Russia, Sept 12 (Reuters) -", "HANOI (VnExpress) -", "ВЛАДИВОСТОК, 12 сентября. /ТАСС/.", "新华社北京9月2日电". The
 * place is context for ranking same-name places (it is where the reporter is, not a sighting); the agency is the
 * publication, credited with what the story reports without attribution.
 *
 * @param place  the dateline's place as written ("SEOUL"), or null
 * @param agency the agency ("Reuters"), or null
 * @param end    index just past the dateline (0 without one)
 */
record Dateline(String place, String agency, int end) {
    static final Dateline NONE = new Dateline(null, null, 0);

    private static final Pattern LATIN = Pattern.compile("^\\s*(\\p{Lu}[\\p{Lu} .'’-]{1,40}?)(?:,\\s*\\p{Lu}[\\p{L} .]{1,30}?)?"
            + "(?:,\\s*\\p{Lu}\\p{L}{2,8}\\.?\\s+\\d{1,2})?\\s*\\(([^)]{2,40})\\)\\s*(?:--|[-–—])");
    private static final Pattern CYRILLIC = Pattern.compile("^\\s*(\\p{Lu}[\\p{Lu} -]{1,40}?),\\s*\\d{1,2}\\s+\\p{L}+\\.?\\s*/([^/]{2,30})/\\.?");
    private static final Pattern HAN = Pattern.compile("^\\s*(新华社|中新社|中新网|人民网)(\\p{IsHan}{2,6}?)\\d{1,2}月\\d{1,2}日电");

    static Dateline of(String text) {
        String head = text.length() > 200 ? text.substring(0, 200) : text;
        Matcher m = LATIN.matcher(head);
        if (m.find() && m.group(1).strip().length() >= 3 && !m.group(1).equals(m.group(1).toLowerCase())) {
            return new Dateline(m.group(1).strip(), m.group(2).strip(), m.end());
        }
        m = CYRILLIC.matcher(head);
        if (m.find()) {
            return new Dateline(m.group(1).strip(), m.group(2).strip(), m.end());
        }
        m = HAN.matcher(head);
        if (m.find()) {
            return new Dateline(m.group(2), m.group(1), m.end());
        }
        return NONE;
    }
}

package whereabouts.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Attribution patterns of Russian, Korean and Chinese wire copy, as spans of the credited phrase:
 * <ul>
 *   <li>Russian, verb first: "сообщает ТАСС", "передаёт РИА Новости", "сообщило ЦТАК", "заявил представитель
 *       Дальневосточной железной дороги", "сообщили в правительстве Приморья";</li>
 *   <li>Korean, subject particle before the verb of saying: "일본 TBS가 보도했다", "합동참모본부가 밝혔다",
 *       "타스 통신이 전했다", topic "해경은 … 밝혔다";</li>
 *   <li>Chinese: "据韩联社报道", "据大连港集团消息", "…，朝中社报道。", "俄罗斯媒体报道，".</li>
 * </ul>
 * Stateless.
 */
final class Attributions {
    private static final Pattern RUSSIAN = Pattern.compile("(?iu)(?<!\\p{L})(?:сообщ\\p{L}*|заяв\\p{L}*|переда[её]т|пишет|"
            + "информиру\\p{L}*|рассказа\\p{L}*|уточни\\p{L}*)\\s+(?:(?:в|во)\\s+)?([^,.;:]{2,60})");
    private static final Pattern KOREAN = Pattern.compile("((?:[\\p{IsHangul}A-Za-z0-9]+\\s){0,2}[\\p{IsHangul}A-Za-z0-9]+?)"
            + "(?:이|가|은|는)\\s+(?:\\S+\\s+){0,1}?(?:보도했|전했|밝혔|발표했|말했|확인했)");
    private static final Pattern KOREAN_TOPIC = Pattern.compile("^\\s*([\\p{IsHangul}A-Za-z]{2,10})(?:은|는)\\s");
    private static final Pattern KOREAN_SAYS = Pattern.compile("(보도했|전했|밝혔|발표했|말했|확인했)");
    private static final Pattern CHINESE = Pattern.compile("据([\\p{IsHan}A-Za-z]{2,12}?)(?:报道|報道|消息|称|稱|说|說|介绍)"
            + "|[，,。]\\s*([\\p{IsHan}A-Za-z]{2,10}?)(?:报道|報道|称|宣布|表示)[。]?\\s*$"
            + "|^\\s*([\\p{IsHan}A-Za-z]{2,10}?)(?:报道|報道)[，,]");
    private static final Pattern KOREAN_NOT_NOUN = Pattern.compile(".*(고|다|에|을|를|서|로|의|은|는|이|가|며|면|께|도)$");
    private static final Pattern NOT_KOREAN_SOURCE = Pattern.compile(".*(열차|선박|전용기|위원장|대통령|화물선|행렬)$");

    private Attributions() {
    }

    /** Spans {start, end} of the phrases {@code sentence} credits in Russian, Korean or Chinese. */
    static List<int[]> find(String sentence) {
        List<int[]> out = new ArrayList<>();
        // each pattern needs its own script: an English sentence skips them all (KOREAN's lazy words are costly there)
        boolean cyrillic = false;
        boolean hangul = false;
        boolean han = false;
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (c > 0x7f) {
                Character.UnicodeScript script = Character.UnicodeScript.of(c);
                cyrillic |= script == Character.UnicodeScript.CYRILLIC;
                hangul |= script == Character.UnicodeScript.HANGUL;
                han |= script == Character.UnicodeScript.HAN;
            }
        }
        Matcher m = RUSSIAN.matcher(cyrillic ? sentence : "");
        while (m.find()) {
            out.add(new int[] {m.start(1), m.end(1)});
        }
        m = KOREAN.matcher(hangul ? sentence : "");
        boolean korean = false;
        while (m.find()) {
            String phrase = m.group(1);
            int start = m.start(1);
            // leading words that end in a particle or a verb ending belong to the clause, not to the source
            while (phrase.contains(" ") && KOREAN_NOT_NOUN.matcher(phrase.substring(0, phrase.indexOf(' '))).matches()) {
                start += phrase.indexOf(' ') + 1;
                phrase = phrase.substring(phrase.indexOf(' ') + 1);
            }
            if (!NOT_KOREAN_SOURCE.matcher(phrase).matches()) {
                out.add(new int[] {start, m.end(1)});
                korean = true;
            }
        }
        if (!korean && hangul && KOREAN_SAYS.matcher(sentence).find()) {
            m = KOREAN_TOPIC.matcher(sentence);
            if (m.find() && !NOT_KOREAN_SOURCE.matcher(m.group(1)).matches()) {
                out.add(new int[] {m.start(1), m.end(1)});
            }
        }
        m = CHINESE.matcher(han ? sentence : "");
        while (m.find()) {
            for (int g = 1; g <= 3; g++) {
                if (m.group(g) != null) {
                    out.add(new int[] {m.start(g), m.end(g)});
                }
            }
        }
        return out;
    }
}

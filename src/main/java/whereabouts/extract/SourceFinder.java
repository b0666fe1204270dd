package whereabouts.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who a sentence credits: "X reported / said / confirmed / announced", "according to X", "citing X",
 * "provided by X", "released by X", "issued by X". The credited phrase is the run of words next to the cue that a
 * name can be made of (capitalised words, and words such as "news agency", "state media", "officials"); it stops at
 * punctuation and at any other word. Stateless apart from the source list; thread-safe.
 */
final class SourceFinder {
    /** A credit: where the phrase stands, the source it names, and whether it is cited by another ("citing X"). */
    record Credit(int start, int end, SourceList.Resolved source, boolean cited, boolean confirms) {
    }

    private static final Pattern FORWARD = Pattern.compile(
            "\\b(according to(?:\\s+(?:[\\w-]+\\s+){0,2}?(?:data|footage|imagery|images|figures|information)\\s+(?:from|by|aired by))?"
                    + "|citing|quoting|quoted by|provided by|released by|issued by|distributed by|reported by|"
                    + "analy[sz]ed by|aired by|a spokes(?:person|man|woman) for|spokes(?:person|man|woman) for)\\s+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BACKWARD = Pattern.compile(
            "\\s+(?:(?:also|further|later|earlier|officially|separately|has|had|have)\\s+)*"
                    + "(reported|reports|said|says|confirmed|confirms|announced|announces|stated|states|told|wrote|quoted"
                    + "|showed|show|learned|learnt|saw)(?!\\p{L})"
                    + "|(?<=,)\\s+(citing|quoting|according to)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Set<String> NAME_WORDS = Set.of("the", "state", "media", "news", "agency", "broadcaster", "newspaper", "daily", "television", "tv",
            "radio", "official", "officials", "regional", "local", "government", "ministry", "foreign", "defence",
            "defense", "of", "authorities", "military", "army", "unidentified", "unnamed", "anonymous", "senior",
            "spokesman", "spokeswoman", "spokesperson", "sources", "source", "press", "service", "office",
            "presidential", "embassy", "railway", "railways", "wire", "outlet", "channel", "public", "broadcasting",
            "state-run", "run", "agencies", "and", "for", "affairs", "security", "intelligence", "border", "guards", "region", "province", "krai",
            "customs", "city", "provincial", "federal", "central", "an", "a", "authority", "coast", "guard", "navy",
            "fleet", "group", "line", "shipping", "company", "operator", "witnesses", "witness", "residents",
            "correspondents", "journalists", "photographer", "project", "institute", "governor", "his", "her",
            "their", "its", "transport", "port", "airport", "harbour", "master", "spy", "district", "administration",
            "analysts", "aide", "site", "tracking", "flight-tracking", "ship-tracking", "data", "imagery",
            "commander", "command", "port's", "governor's", "operator's");
    private static final int MAX_WORDS = 9;
    /** "officials in Washington said": the place belongs to the source. */
    private static final Pattern PEOPLE_IN = Pattern.compile("(?i)\\b(officials?|sources?|authorities|diplomats|analysts|ministry|spokes\\w+|witness\\w*)\\s+$");

    private final SourceList list;

    SourceFinder(SourceList list) {
        this.list = list;
    }

    /** The credits of {@code sentence}, indices shifted by {@code base}, in text order. */
    List<Credit> find(String sentence, int base) {
        List<Credit> out = new ArrayList<>();
        Matcher m = FORWARD.matcher(sentence);
        while (m.find()) {
            int[] span = forwardPhrase(sentence, m.end());
            String cue = m.group(1).toLowerCase(Locale.ROOT);
            add(out, sentence, span, base, cue.equals("citing") || cue.equals("quoting"), false);
        }
        m = BACKWARD.matcher(sentence);
        while (m.find()) {
            // "Kyodo, citing Chinese officials, reported": the phrase before ", citing" is the primary
            int end = m.group(1) == null ? m.start() - 1 : m.start();
            int[] span = backwardPhrase(sentence, end);
            if (m.group(1) == null && span != null && list.find(sentence.substring(span[0], span[1])).isEmpty()) {
                continue; // "heading back to Pyongyang, according to …": only a known source stands before ", citing"
            }
            add(out, sentence, span, base, false, m.group(1) != null
                    && m.group(1).toLowerCase(Locale.ROOT).startsWith("confirm"));
        }
        for (int[] span : Attributions.find(sentence)) {
            add(out, sentence, span, base, false, false);
        }
        out.sort(java.util.Comparator.comparingInt(Credit::start));
        return out;
    }

    /** {@code name} (a publication) as a source: the known one it names, else itself as media. */
    SourceList.Resolved resolveName(String name) {
        return list.resolve(name).orElse(new SourceList.Resolved(name, SourceList.Type.MEDIA, null, false));
    }

    /** Without a cue, a known source named anywhere in the sentence ("연합뉴스는 …", "新华社报道") is its credit. */
    List<Credit> named(String sentence, int base) {
        List<Credit> out = new ArrayList<>();
        list.findSpan(sentence).ifPresent(span -> add(out, sentence, span, base, false, false));
        return out;
    }

    private void add(List<Credit> out, String s, int[] span, int base, boolean cited, boolean confirms) {
        if (span == null) {
            return;
        }
        Optional<SourceList.Resolved> r = list.resolve(s.substring(span[0], span[1]));
        r.ifPresent(src -> out.add(new Credit(base + span[0], base + span[1], src, cited, confirms)));
    }

    private static int[] forwardPhrase(String s, int from) {
        int i = from;
        int end = -1;
        int words = 0;
        while (i < s.length() && words < MAX_WORDS) {
            int[] w = wordAt(s, i);
            if (w == null) {
                break;
            }
            String word = s.substring(w[0], w[1]);
            if (!nameWord(word)) {
                break;
            }
            end = w[1];
            words++;
            i = w[1];
            if (i < s.length() && ",.;:\"“”".indexOf(s.charAt(i)) >= 0) {
                break;
            }
            while (i < s.length() && s.charAt(i) == ' ') {
                i++;
            }
        }
        return end < 0 ? null : trimTail(s, from, end);
    }

    private static int[] backwardPhrase(String s, int to) {
        int start = -1;
        int i = to;
        int words = 0;
        while (i > 0 && words < MAX_WORDS) {
            int j = i;
            while (j > 0 && s.charAt(j - 1) == ' ') {
                j--;
            }
            if (j == 0 || ",.;:\"“”".indexOf(s.charAt(j - 1)) >= 0) {
                break;
            }
            int k = j;
            while (k > 0 && !Character.isWhitespace(s.charAt(k - 1)) && ",;:\"“”".indexOf(s.charAt(k - 1)) < 0) {
                k--;
            }
            String word = s.substring(k, j);
            if (!nameWord(word) && !(word.equals("in") && PEOPLE_IN.matcher(s.substring(0, k)).find())) {
                break;
            }
            start = k;
            words++;
            i = k;
        }
        if (start < 0) {
            return null;
        }
        return new int[] {start, to};
    }

    /** Drops trailing "of"/"and"/"the" left when the phrase stopped. */
    private static int[] trimTail(String s, int start, int end) {
        String p = s.substring(start, end);
        while (p.matches("(?is).*\\s(of|and|for|the|a|an)$")) {
            p = p.substring(0, p.lastIndexOf(' ')).stripTrailing();
        }
        return new int[] {start, start + p.length()};
    }

    private static int[] wordAt(String s, int i) {
        if (i >= s.length() || Character.isWhitespace(s.charAt(i))) {
            return null;
        }
        int j = i;
        while (j < s.length() && !Character.isWhitespace(s.charAt(j)) && ",.;:\"“”".indexOf(s.charAt(j)) < 0) {
            j++;
        }
        // keep a full stop inside an abbreviation such as "U.S."
        return j == i ? null : new int[] {i, j};
    }

    private static boolean nameWord(String raw) {
        String w = raw.replaceAll("^[(\\[]+|[)\\]]+$", "");
        if (w.isEmpty()) {
            return false;
        }
        if (Character.isUpperCase(w.codePointAt(0)) || !Character.isLetter(w.codePointAt(0))
                && Character.isLetterOrDigit(w.codePointAt(0))) {
            return true;
        }
        if (Character.isLetter(w.codePointAt(0)) && Character.UnicodeScript.of(w.codePointAt(0)) != Character.UnicodeScript.LATIN) {
            return true;
        }
        return NAME_WORDS.contains(w.toLowerCase(Locale.ROOT).replaceAll("['’]s$", ""));
    }
}

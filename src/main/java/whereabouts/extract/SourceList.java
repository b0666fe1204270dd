package whereabouts.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Sources the extractor knows by name: news agencies, broadcasters and governments, each with its names in several
 * languages, what kind of source it is and its country. Any other credited name still counts as a source; this list
 * only gives the canonical name ("Korean Central News Agency" → KCNA) and tells state media and governments from
 * other media, which decides the draft's confidence (see {@link ConfidenceRules}). Immutable and thread-safe.
 */
public final class SourceList {
    /** What kind of source: the state's own media, other media, or a government (its offices and officials). */
    public enum Type { STATE_MEDIA, MEDIA, GOVERNMENT }

    /**
     * A known source.
     *
     * @param name    canonical name, as drafts give it
     * @param type    state media, other media or government
     * @param country ISO 3166-1 alpha-2 code of the state it belongs to or is based in
     * @param aliases other names, in any script; matched as whole words (case-sensitive for all-capital acronyms)
     */
    public record Known(String name, Type type, String country, List<String> aliases) {
    }

    /** Demonyms and possessives that tie a generic source ("Russian regional officials") to a country. */
    private static final Map<String, String> DEMONYMS = Map.ofEntries(
            Map.entry("north korean", "KP"), Map.entry("north korea's", "KP"), Map.entry("north korea’s", "KP"),
            Map.entry("dprk", "KP"), Map.entry("pyongyang's", "KP"), Map.entry("south korean", "KR"),
            Map.entry("south korea's", "KR"), Map.entry("russian", "RU"), Map.entry("russia's", "RU"),
            Map.entry("russia’s", "RU"), Map.entry("chinese", "CN"), Map.entry("china's", "CN"),
            Map.entry("japanese", "JP"), Map.entry("japan's", "JP"), Map.entry("u.s.", "US"), Map.entry("us", "US"),
            Map.entry("american", "US"), Map.entry("vietnamese", "VN"), Map.entry("mongolian", "MN"),
            Map.entry("российск", "RU"), Map.entry("северокорейск", "KP"), Map.entry("북한", "KP"),
            Map.entry("러시아", "RU"), Map.entry("朝鲜", "KP"), Map.entry("俄罗斯", "RU"));
    /** Words that stand before a comma or a verb without naming anyone: "However, citing …", "Wednesday, according to …". */
    private static final java.util.regex.Pattern NOT_A_SOURCE = java.util.regex.Pattern.compile("(?i)(however|meanwhile|"
            + "moreover|also|but|and|then|later|earlier|still|yet|separately|previously|now|today|yesterday|tomorrow|"
            + "monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|"
            + "august|september|october|november|december|this|that|there|here)");
    private static final List<String> OFFICIAL_WORDS = List.of("government", "officials", "official", "ministry",
            "authorities", "spokesman", "spokeswoman", "spokesperson", "president", "governor", "embassy", "military",
            "army", "railways", "administration", "kremlin", "правительство", "власти", "чиновник", "정부", "당국", "政府");
    private static final java.util.regex.Pattern OFFICIAL = java.util.regex.Pattern.compile(
            "(?<!\\p{L})(" + String.join("|", OFFICIAL_WORDS) + ")");
    /** Generic official sources written in lower case: "the port authority", "the coast guard", "the navy". */
    private static final java.util.regex.Pattern GENERIC_OFFICIAL = java.util.regex.Pattern.compile("\\b(authority|"
            + "authorities|coast guard|navy|fleet|military|governor|governor's|office|border guards|harbou?r master|"
            + "spy agency|command|district|railways?)\\b");
    /** Generic witnesses and companies: "witnesses", "local residents", "the shipping line", "the port group". */
    private static final java.util.regex.Pattern GENERIC_MEDIA = java.util.regex.Pattern.compile("\\b(witness(?:es)?|"
            + "residents|correspondents?|journalists|photographer|shipping line|company|group|project|operator|"
            + "analysts|data|site|service)\\b");
    private static final List<String> STATE_MEDIA_WORDS = List.of("state media", "state-run", "state television",
            "state tv", "official media", "государственные сми", "관영", "官方媒体");

    public static final List<Known> DEFAULT = List.of(
            known("KCNA", Type.STATE_MEDIA, "KP", "Korean Central News Agency", "조선중앙통신", "ЦТАК",
                    "Центральное телеграфное агентство Кореи", "朝中社", "朝鲜中央通讯社"),
            known("Rodong Sinmun", Type.STATE_MEDIA, "KP", "노동신문", "Родон синмун", "劳动新闻"),
            known("KCTV", Type.STATE_MEDIA, "KP", "Korean Central Television", "조선중앙텔레비죤"),
            known("Yonhap", Type.MEDIA, "KR", "연합뉴스", "Рёнхап", "韩联社"),
            known("KBS", Type.MEDIA, "KR", "Korean Broadcasting System"),
            known("TASS", Type.STATE_MEDIA, "RU", "ТАСС", "塔斯社"),
            known("RIA Novosti", Type.STATE_MEDIA, "RU", "РИА Новости", "RIA", "俄新社"),
            known("Sputnik", Type.STATE_MEDIA, "RU", "Спутник"),
            known("Interfax", Type.MEDIA, "RU", "Интерфакс", "国际文传电讯社"),
            known("Kommersant", Type.MEDIA, "RU", "Коммерсантъ"),
            known("Izvestia", Type.MEDIA, "RU", "Известия"),
            known("RBC", Type.MEDIA, "RU", "РБК"),
            known("Kyodo", Type.MEDIA, "JP", "Kyodo News", "共同通信", "Киодо"),
            known("TBS", Type.MEDIA, "JP", "Tokyo Broadcasting System"),
            known("NHK", Type.MEDIA, "JP", "Japan Broadcasting Corporation"),
            known("Xinhua", Type.STATE_MEDIA, "CN", "新华社", "Синьхуа"),
            known("CCTV", Type.STATE_MEDIA, "CN", "China Central Television", "中央电视台"),
            known("CGTN", Type.STATE_MEDIA, "CN", "China Global Television Network"),
            known("VnExpress", Type.MEDIA, "VN"),
            known("Reuters", Type.MEDIA, "GB", "Рейтер", "路透社"),
            known("AP", Type.MEDIA, "US", "Associated Press", "美联社"),
            known("AFP", Type.MEDIA, "FR", "Agence France-Presse", "法新社"),
            known("Bloomberg", Type.MEDIA, "US"),
            known("BBC", Type.MEDIA, "GB"),
            known("CNN", Type.MEDIA, "US"),
            known("NK News", Type.MEDIA, "US"),
            known("Straits Times", Type.MEDIA, "SG"),
            known("Kremlin", Type.GOVERNMENT, "RU", "Кремль", "克里姆林宫"),
            known("White House", Type.GOVERNMENT, "US"),
            known("State Department", Type.GOVERNMENT, "US"),
            known("Pentagon", Type.GOVERNMENT, "US"),
            known("Russian Railways", Type.GOVERNMENT, "RU", "РЖД"));

    /** A credited source as it will be written in a draft. */
    public record Resolved(String name, Type type, String country, boolean unnamed) {
        boolean official() {
            return type == Type.STATE_MEDIA || type == Type.GOVERNMENT;
        }
    }

    private final List<Known> known;
    private final List<Alias> aliases = new ArrayList<>();
    /** Phrases already resolved (a long story credits the same phrases again and again); at most this many kept. */
    static final int MAX_REMEMBERED_PHRASES = 20_000;
    private final Map<String, Optional<Resolved>> resolvedPhrases = new java.util.concurrent.ConcurrentHashMap<>();

    /** An alias as it is searched for: the text to find (lower-cased unless an acronym) and whether it is Han/Hangul. */
    private record Alias(String word, String name, String needle, boolean acronym, boolean cjk) {
        static Alias of(String word, String name) {
            boolean acronym = word.equals(word.toUpperCase(Locale.ROOT)) && word.chars().anyMatch(Character::isLetter);
            Character.UnicodeScript script = Character.UnicodeScript.of(word.codePointAt(0));
            return new Alias(word, name, acronym ? word : word.toLowerCase(Locale.ROOT), acronym,
                    script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HANGUL);
        }
    }

    public SourceList(List<Known> known) {
        this.known = List.copyOf(known);
        for (Known k : this.known) {
            aliases.add(Alias.of(k.name(), k.name()));
            for (String a : k.aliases()) {
                aliases.add(Alias.of(a, k.name()));
            }
        }
        aliases.sort(Comparator.comparingInt((Alias a) -> a.word().length()).reversed());
    }

    public static SourceList defaults() {
        return new SourceList(DEFAULT);
    }

    private static Known known(String name, Type type, String country, String... aliases) {
        return new Known(name, type, country, List.of(aliases));
    }

    public List<Known> known() {
        return known;
    }

    /** The known source named in {@code phrase} (longest alias first), if any. */
    public Optional<Known> find(String phrase) {
        String lower = phrase.toLowerCase(Locale.ROOT);
        for (Alias a : aliases) {
            if (wordIndex(phrase, lower, a) >= 0) {
                return known.stream().filter(k -> k.name().equals(a.name())).findFirst();
            }
        }
        return Optional.empty();
    }

    /** Where the first known source (longest alias first) is named in {@code text}: {start, end}. */
    Optional<int[]> findSpan(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (Alias a : aliases) {
            int i = wordIndex(text, lower, a);
            if (i >= 0) {
                return Optional.of(new int[] {i, i + a.word().length()});
            }
        }
        return Optional.empty();
    }

    /**
     * A credited phrase ("unidentified Russian regional officials", "Japanese broadcaster TBS") as a source:
     * the known name if the phrase holds one, else the phrase without articles and hedges, typed by its words.
     * Empty for phrases that name nobody ("the agency", "it").
     */
    public Optional<Resolved> resolve(String phrase) {
        Optional<Resolved> known = resolvedPhrases.get(phrase);
        if (known == null) {
            known = resolveOnce(phrase);
            if (resolvedPhrases.size() < MAX_REMEMBERED_PHRASES) {
                resolvedPhrases.put(phrase, known);
            }
        }
        return known;
    }

    private Optional<Resolved> resolveOnce(String phrase) {
        String p = phrase.strip();
        Optional<Known> k = find(p);
        if (k.isPresent()) {
            return Optional.of(new Resolved(k.get().name(), k.get().type(), k.get().country(), false));
        }
        String lower = p.toLowerCase(Locale.ROOT);
        boolean unnamed = lower.matches(".*\\b(unidentified|unnamed|anonymous)\\b.*") || lower.matches("^(sources?|officials)\\b.*");
        String cleaned = p.replaceAll("(?i)\\b(the|a|an|unidentified|unnamed|anonymous|an official)\\b\\s*", "")
                .replaceAll("\\s+", " ").strip();
        if (cleaned.isEmpty() || cleaned.matches("(?i)(it|he|she|they|agency|the agency|report|reports|media|statement|sources?)")
                || NOT_A_SOURCE.matcher(cleaned).matches()) {
            return Optional.empty();
        }
        String country = null;
        for (Map.Entry<String, String> d : DEMONYMS.entrySet()) {
            if (lower.contains(d.getKey()) && (country == null || d.getKey().length() > 3)) {
                country = d.getValue();
            }
        }
        Type type = Type.MEDIA;
        if (STATE_MEDIA_WORDS.stream().anyMatch(lower::contains) && country != null) {
            type = Type.STATE_MEDIA;
        } else if (OFFICIAL.matcher(lower).find()) {
            type = Type.GOVERNMENT;
        }
        if (type == Type.MEDIA && GENERIC_OFFICIAL.matcher(lower).find()) {
            type = Type.GOVERNMENT;
        }
        boolean hasName = !cleaned.equals(cleaned.toLowerCase(Locale.ROOT)) || type != Type.MEDIA
                || GENERIC_MEDIA.matcher(lower).find() || Character.isLetter(cleaned.codePointAt(0))
                && Character.UnicodeScript.of(cleaned.codePointAt(0)) != Character.UnicodeScript.LATIN;
        if (!hasName) {
            return Optional.empty();
        }
        return Optional.of(new Resolved(cleaned, type, country, unnamed || (type == Type.GOVERNMENT
                && cleaned.toLowerCase(Locale.ROOT).matches(".*\\bofficials?\\b.*") && !unnamedFree(cleaned))));
    }

    /** "Russian regional officials" names no one; "Foreign Minister Lavrov" does (a capitalised name). */
    private static boolean unnamedFree(String s) {
        return s.matches(".*\\b(Minister|President|Governor|Spokes\\w+)\\s+\\p{Lu}\\w+.*");
    }

    /** Index of {@code word} in {@code text} as a whole word (Han and Hangul: anywhere), or -1. */
    private static int wordIndex(String text, String lowerText, Alias alias) {
        String t = alias.acronym() ? text : lowerText;
        String w = alias.needle();
        boolean cjk = alias.cjk();
        int from = 0;
        while (true) {
            int i = t.indexOf(w, from);
            if (i < 0) {
                return -1;
            }
            int j = i + w.length();
            boolean left = cjk || i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1));
            boolean right = cjk || j >= t.length() || !Character.isLetterOrDigit(t.charAt(j));
            if (left && right) {
                return i;
            }
            from = i + 1;
        }
    }
}

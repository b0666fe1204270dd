package whereabouts.extract;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pasted web page reduced to its text before it is read: scripts, styles and comments dropped, block elements
 * ({@code <p>}, {@code <br>}, {@code <div>}, {@code <li>}, headings) become line breaks (so paragraphs stay
 * paragraphs), other tags go, and the common character references are decoded ({@code &amp;}, {@code &nbsp;},
 * {@code &#39;}, {@code &#x2019;} …). Text without tags is returned as it is. Stateless.
 */
public final class HtmlText {
    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*[a-zA-Z][a-zA-Z0-9]*(?:\\s[^<>]*)?/?\\s*>");
    private static final Pattern DROP = Pattern.compile("(?is)<!--.*?-->|<(script|style|noscript|template)\\b[^>]*>.*?</\\1\\s*>");
    private static final Pattern BLOCK = Pattern.compile("(?i)<\\s*(?:br|/?p|/?div|/?li|/?h[1-6]|/?tr|/?blockquote|/?section|"
            + "/?article|/?header|/?footer)\\b[^>]*>");
    private static final Pattern REFERENCE = Pattern.compile("&(#x[0-9a-fA-F]{1,6}|#\\d{1,7}|[a-zA-Z]{2,8});");
    private static final Map<String, String> NAMED = Map.ofEntries(Map.entry("amp", "&"), Map.entry("lt", "<"),
            Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", " "),
            Map.entry("ndash", "–"), Map.entry("mdash", "—"), Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"),
            Map.entry("ldquo", "“"), Map.entry("rdquo", "”"), Map.entry("hellip", "…"), Map.entry("deg", "°"),
            Map.entry("prime", "′"), Map.entry("Prime", "″"));

    private HtmlText() {
    }

    /** Whether {@code text} holds HTML tags. */
    public static boolean isHtml(String text) {
        return TAG.matcher(text).find();
    }

    /** The text of {@code html}; {@code html} itself when it holds no tags. */
    public static String of(String html) {
        if (!isHtml(html)) {
            return html;
        }
        String s = DROP.matcher(html).replaceAll(" ");
        s = BLOCK.matcher(s).replaceAll("\n");
        s = TAG.matcher(s).replaceAll("");
        Matcher m = REFERENCE.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(decode(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString().replaceAll("[ \\t\\x0B\\f]+", " ").replaceAll(" *\\n[\\s]*", "\n").strip();
    }

    private static String decode(String ref, String whole) {
        try {
            if (ref.startsWith("#x") || ref.startsWith("#X")) {
                return new String(Character.toChars(Integer.parseInt(ref.substring(2), 16)));
            }
            if (ref.startsWith("#")) {
                return new String(Character.toChars(Integer.parseInt(ref.substring(1))));
            }
        } catch (IllegalArgumentException e) {
            return whole; // not a code point
        }
        return NAMED.getOrDefault(ref, whole);
    }
}

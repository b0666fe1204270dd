package whereabouts.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The proxies whose {@code X-Forwarded-For} is believed ({@link ConfigKey#TRUSTED_PROXIES}, #26): addresses or
 * CIDR ranges, IPv4 or IPv6, such as {@code 127.0.0.1, 10.0.0.0/8, ::1}. None by default, so no client can choose
 * the address its rate limits are counted under by sending the header itself.
 */
public final class TrustedProxies {
    private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

    private record Range(byte[] network, int prefixBits) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int bits = prefixBits;
            for (int i = 0; i < address.length && bits > 0; i++, bits -= 8) {
                int mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
                if ((address[i] & mask) != (network[i] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private final List<Range> ranges;

    private TrustedProxies(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    public static TrustedProxies none() {
        return new TrustedProxies(List.of());
    }

    /** Parses a comma-separated list of addresses and CIDR ranges; blank means none. */
    public static TrustedProxies parse(String list) {
        List<Range> ranges = new ArrayList<>();
        for (String item : list.split(",")) {
            String s = item.trim();
            if (s.isEmpty()) {
                continue;
            }
            int slash = s.indexOf('/');
            byte[] network = address(slash < 0 ? s : s.substring(0, slash));
            int bits = network == null ? -1 : network.length * 8;
            if (network != null && slash >= 0) {
                try {
                    bits = Integer.parseInt(s.substring(slash + 1));
                } catch (NumberFormatException e) {
                    bits = -1;
                }
            }
            if (network == null || bits < 0 || bits > network.length * 8) {
                throw new IllegalArgumentException(ConfigKey.TRUSTED_PROXIES.envVar() + " must list IP addresses or"
                        + " CIDR ranges (such as 127.0.0.1, 10.0.0.0/8), got '" + s + "'");
            }
            ranges.add(new Range(network, bits));
        }
        return new TrustedProxies(ranges);
    }

    /** Whether {@code address} (an IP literal, as the connection's peer) is one of the trusted proxies. */
    public boolean trusts(String address) {
        byte[] a = address(address);
        return a != null && ranges.stream().anyMatch(r -> r.contains(a));
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    /** The bytes of an IP literal; null for anything else (never a DNS lookup). */
    private static byte[] address(String literal) {
        String s = literal == null ? "" : literal.trim();
        if (s.startsWith("[") && s.endsWith("]")) {
            s = s.substring(1, s.length() - 1);
        }
        if (s.isEmpty() || !LITERAL.matcher(s).matches()) {
            return null;
        }
        try {
            return InetAddress.getByName(s).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }
}

package dev.launchready.cli;

import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.Cache;
import org.xbill.DNS.ExtendedResolver;
import org.xbill.DNS.Lookup;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * Every DNS question the audit asks, through one resolver: the system's, or {@code --resolver host:port}.
 * The HTTP client resolves through here too, so a test or staging DNS server sees every lookup.
 */
final class Dns {

    /** What a question got: records, an empty answer for an existing name, no such name, or no answer at all. */
    enum Status { FOUND, NO_DATA, NXDOMAIN, ERROR }

    record Answer(Status status, List<String> values) {
        boolean found() {
            return status == Status.FOUND;
        }
    }

    private final Resolver resolver;
    private final Cache cache = new Cache();

    private Dns(Resolver resolver) {
        this.resolver = resolver;
    }

    static Dns system(Duration timeout) {
        try {
            ExtendedResolver resolver = new ExtendedResolver();
            resolver.setTimeout(timeout);
            return new Dns(resolver);
        } catch (IllegalStateException e) {
            throw new IllegalStateException("no system DNS resolver configured; pass --resolver host:port", e);
        }
    }

    static Dns at(String host, int port, Duration timeout) {
        try {
            SimpleResolver resolver = new SimpleResolver(host);
            resolver.setPort(port);
            resolver.setTimeout(timeout);
            return new Dns(resolver);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--resolver: unknown host " + host, e);
        }
    }

    /** A and AAAA addresses, following CNAMEs; IPv4 first. */
    Answer addresses(String name) {
        Answer v4 = ask(name, Type.A);
        Answer v6 = ask(name, Type.AAAA);
        List<String> all = new ArrayList<>(v4.values());
        all.addAll(v6.values());
        if (!all.isEmpty()) {
            return new Answer(Status.FOUND, all);
        }
        if (v4.status() == Status.ERROR || v6.status() == Status.ERROR) {
            return new Answer(Status.ERROR, List.of());
        }
        return new Answer(v4.status() == Status.NXDOMAIN ? Status.NXDOMAIN : Status.NO_DATA, List.of());
    }

    /** The CNAME target of {@code name} itself (not followed), without the trailing dot. */
    Answer cname(String name) {
        return ask(name, Type.CNAME);
    }

    /** TXT records, each record's strings joined as RFC 7208 asks. */
    Answer txt(String name) {
        return ask(name, Type.TXT);
    }

    /** MX records as {@code "preference host"}. */
    Answer mx(String name) {
        return ask(name, Type.MX);
    }

    private Answer ask(String name, int type) {
        Lookup lookup;
        try {
            lookup = new Lookup(Name.fromString(name.endsWith(".") ? name : name + "."), type);
        } catch (TextParseException e) {
            return new Answer(Status.ERROR, List.of());
        }
        lookup.setResolver(resolver);
        lookup.setCache(cache);
        lookup.setSearchPath((Name[]) null);
        org.xbill.DNS.Record[] records = lookup.run();
        switch (lookup.getResult()) {
            case Lookup.SUCCESSFUL:
                break;
            case Lookup.HOST_NOT_FOUND:
                return new Answer(Status.NXDOMAIN, List.of());
            case Lookup.TYPE_NOT_FOUND:
                return new Answer(Status.NO_DATA, List.of());
            default:
                return new Answer(Status.ERROR, List.of());
        }
        List<String> values = new ArrayList<>();
        for (org.xbill.DNS.Record record : records) {
            values.add(text(record));
        }
        return new Answer(values.isEmpty() ? Status.NO_DATA : Status.FOUND, values);
    }

    private static String text(org.xbill.DNS.Record record) {
        if (record instanceof ARecord a) {
            return a.getAddress().getHostAddress();
        }
        if (record instanceof AAAARecord a) {
            return a.getAddress().getHostAddress();
        }
        if (record instanceof CNAMERecord c) {
            return trimDot(c.getTarget().toString());
        }
        if (record instanceof MXRecord mx) {
            return mx.getPriority() + " " + trimDot(mx.getTarget().toString());
        }
        if (record instanceof TXTRecord txt) {
            return String.join("", txt.getStrings());
        }
        return record.rdataToString();
    }

    static String trimDot(String name) {
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }
}

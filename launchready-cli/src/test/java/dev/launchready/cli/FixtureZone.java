package dev.launchready.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The dnsmasq zone and the nginx configuration of every fixture site: the clean baseline plus one fault each. */
final class FixtureZone {

    private FixtureZone() {
    }

    static String dnsmasq() {
        StringBuilder conf = new StringBuilder("local=/test/\n");
        for (Fault fault : Fault.values()) {
            String x = fault.apex();
            conf.append("host-record=").append(x).append(",127.0.0.1\n");
            if (fault != Fault.WWWMISSING) {
                conf.append("host-record=www.").append(x).append(",127.0.0.1\n");
            }
            if (fault == Fault.NOMAIL) {
                // A domain that sends no mail says so: no MX, no DKIM, SPF refusing everyone.
                conf.append("host-record=app.").append(x).append(",127.0.0.1\n");
                conf.append(txt(x, "v=spf1 -all"));
                conf.append(txt("_dmarc." + x, "v=DMARC1; p=reject; rua=mailto:dmarc@clean.test"));
                continue;
            }
            conf.append("host-record=mail.").append(x).append(",127.0.0.1\n");
            conf.append("mx-host=").append(x).append(",mail.").append(x).append(",10\n");
            if (fault == Fault.DANGLING) {
                // A CNAME to a name that does not exist: dnsmasq's cname= needs a known target, dns-rr does not.
                conf.append("dns-rr=app.").append(x).append(",5,").append(wireName("gone.herokudns.test")).append('\n');
            } else {
                conf.append("host-record=app.").append(x).append(",127.0.0.1\n");
            }
            if (fault == Fault.SPF) {
                // 6 includes at the top, 5 more under the first: 11 lookups, one over the limit.
                conf.append(txt(x, "v=spf1 " + includes(x, 1, 6) + " -all"));
                conf.append(txt("_s1." + x, "v=spf1 " + includes(x, 7, 11) + " -all"));
                for (int i = 2; i <= 11; i++) {
                    conf.append(txt("_s" + i + "." + x, "v=spf1 ip4:192.0.2." + i + " -all"));
                }
            } else {
                conf.append(txt(x, "v=spf1 ip4:192.0.2.1 include:_spf." + x + " -all"));
                conf.append(txt("_spf." + x, "v=spf1 ip4:192.0.2.2 -all"));
            }
            conf.append(txt("_dmarc." + x, fault == Fault.DMARC ? "v=DMARC1; p=none"
                    : "v=DMARC1; p=reject; rua=mailto:dmarc@" + x));
            if (fault != Fault.DKIM) {
                conf.append(txt(Fixture.DKIM_SELECTOR + "._domainkey." + x,
                        "v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="));
            }
        }
        return conf.toString();
    }

    private static String includes(String x, int from, int to) {
        List<String> terms = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            terms.add("include:_s" + i + "." + x);
        }
        return String.join(" ", terms);
    }

    private static String txt(String name, String value) {
        return "txt-record=" + name + ",\"" + value + "\"\n";
    }

    /** A DNS name in wire format, hex-encoded, as dnsmasq's dns-rr wants the RDATA. */
    static String wireName(String name) {
        StringBuilder hex = new StringBuilder();
        for (String label : name.split("\\.")) {
            hex.append(String.format("%02x", label.length()));
            for (char c : label.toCharArray()) {
                hex.append(String.format("%02x", (int) c));
            }
        }
        return hex.append("00").toString();
    }

    static String nginx(Fixture fixture, Path prefix, int appPort, int slowPort) throws Exception {
        TestCertificates certs = fixture.certificates;
        List<String> validNames = new ArrayList<>();
        for (Fault fault : Fault.values()) {
            if (fault != Fault.EXPIRING && fault != Fault.WRONGNAME) {
                validNames.addAll(names(fault.apex()));
            }
        }
        TestCertificates.Pair valid = certs.leaf("valid", 90, validNames);
        TestCertificates.Pair expiring = certs.leaf("expiring", 5, names(Fault.EXPIRING.apex()));
        TestCertificates.Pair wrong = certs.leaf("wrongname", 90, List.of("other.invalid", "www.other.invalid"));

        int h = fixture.httpPort;
        int s = fixture.httpsPort;
        StringBuilder conf = new StringBuilder();
        if ("root".equals(System.getProperty("user.name"))) {
            conf.append("user root root;\n");
        }
        conf.append("worker_processes 1;\ndaemon off;\npid ").append(prefix.resolve("nginx.pid")).append(";\n")
                .append("events { worker_connections 512; }\nhttp {\n  access_log off;\n")
                .append("  client_body_temp_path ").append(prefix.resolve("tmp-body")).append(";\n")
                .append("  proxy_temp_path ").append(prefix.resolve("tmp-proxy")).append(";\n")
                .append("  fastcgi_temp_path ").append(prefix.resolve("tmp-fastcgi")).append(";\n")
                .append("  uwsgi_temp_path ").append(prefix.resolve("tmp-uwsgi")).append(";\n")
                .append("  scgi_temp_path ").append(prefix.resolve("tmp-scgi")).append(";\n")
                .append("  proxy_cache_path ").append(prefix.resolve("cache")).append(" keys_zone=edge:1m;\n")
                .append("  proxy_cache_key $scheme$host$request_uri;\n")
                .append("  default_type text/plain;\n  server_names_hash_bucket_size 128;\n")
                .append("  server { listen 127.0.0.1:").append(h).append(" default_server; listen 127.0.0.1:").append(s)
                .append(" ssl default_server;").append(tls(valid)).append(" return 421; }\n");
        for (Fault fault : Fault.values()) {
            String x = fault.apex();
            TestCertificates.Pair pair = fault == Fault.EXPIRING ? expiring : fault == Fault.WRONGNAME ? wrong : valid;
            String toApex = " return 301 https://" + x + ":" + s + "$request_uri; }\n";
            String app = locations(fault, appPort, slowPort);
            // Plain HTTP.
            if (fault == Fault.LOOP) {
                conf.append("  server { listen 127.0.0.1:").append(h).append("; server_name www.").append(x)
                        .append("; return 301 https://www.").append(x).append(":").append(s).append("$request_uri; }\n");
                conf.append("  server { listen 127.0.0.1:").append(h).append("; server_name ").append(x)
                        .append(" app.").append(x).append(";").append(toApex);
            } else if (fault == Fault.PLAINHTTP) {
                conf.append("  server { listen 127.0.0.1:").append(h).append("; server_name ").append(x).append(";\n")
                        .append(app).append("  }\n");
                conf.append("  server { listen 127.0.0.1:").append(h).append("; server_name www.").append(x)
                        .append(" app.").append(x).append(";").append(toApex);
            } else {
                conf.append("  server { listen 127.0.0.1:").append(h).append("; server_name ").append(x)
                        .append(" www.").append(x).append(" app.").append(x).append(";").append(toApex);
            }
            // HTTPS: www and app redirect to the apex, which serves the app.
            if (fault == Fault.LOOP) {
                conf.append("  server { listen 127.0.0.1:").append(s).append(" ssl; server_name www.").append(x)
                        .append(";").append(tls(pair)).append(" return 301 http://www.").append(x).append(":").append(h)
                        .append("$request_uri; }\n");
                conf.append("  server { listen 127.0.0.1:").append(s).append(" ssl; server_name app.").append(x)
                        .append(";").append(tls(pair)).append(toApex);
            } else if (fault == Fault.NOWWW) {
                conf.append("  server { listen 127.0.0.1:").append(s).append(" ssl; server_name app.").append(x)
                        .append(";").append(tls(pair)).append(toApex);
            } else {
                conf.append("  server { listen 127.0.0.1:").append(s).append(" ssl; server_name www.").append(x)
                        .append(" app.").append(x).append(";").append(tls(pair)).append(toApex);
            }
            conf.append("  server { listen 127.0.0.1:").append(s).append(" ssl; server_name ").append(x)
                    .append(fault == Fault.NOWWW ? " www." + x : "").append(";").append(tls(pair)).append('\n')
                    .append(app).append("  }\n");
        }
        return conf.append("}\n").toString();
    }

    private static List<String> names(String apex) {
        return List.of(apex, "www." + apex, "app." + apex);
    }

    private static String tls(TestCertificates.Pair pair) {
        return " ssl_certificate " + pair.cert() + "; ssl_certificate_key " + pair.key() + ";";
    }

    /** The app behind the proxy, with the headers a well-run proxy adds, minus what the fault removes. */
    private static String locations(Fault fault, int appPort, int slowPort) {
        StringBuilder proxy = new StringBuilder("proxy_pass http://127.0.0.1:" + appPort + "; proxy_set_header Host $host; ");
        // The example app sends good HSTS, security headers and CSP of its own (LaunchReady's): here the proxy owns
        // them, so that each fault site can get them wrong.
        proxy.append("proxy_hide_header Strict-Transport-Security; proxy_hide_header X-Content-Type-Options; ")
                .append("proxy_hide_header X-Frame-Options; proxy_hide_header Content-Security-Policy; ")
                .append("proxy_hide_header Referrer-Policy; ");
        if (fault != Fault.HEALTHLEAK) {
            proxy.append("proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for; proxy_set_header X-Forwarded-Proto $scheme; ");
        }
        if (fault != Fault.NOCDN) {
            proxy.append("proxy_cache edge; ");
        }
        StringBuilder headers = new StringBuilder();
        headers.append("add_header Strict-Transport-Security \"max-age=")
                .append(fault == Fault.HSTS ? "3600" : "63072000; includeSubDomains").append("\" always; ");
        if (fault != Fault.HEADERS) {
            headers.append("add_header X-Content-Type-Options nosniff always; add_header X-Frame-Options DENY always; ")
                    .append("add_header Content-Security-Policy \"default-src 'self'; frame-ancestors 'none'\" always; ")
                    .append("add_header Referrer-Policy strict-origin-when-cross-origin always; ");
        }
        if (fault != Fault.NOCDN) {
            headers.append("add_header X-Cache $upstream_cache_status always; ");
        }
        if (fault == Fault.CORS) {
            headers.append("add_header Access-Control-Allow-Origin $http_origin always; ")
                    .append("add_header Access-Control-Allow-Credentials true always; ");
        }
        String common = proxy.toString() + headers;
        StringBuilder locations = new StringBuilder();
        String root = common;
        if (fault == Fault.MIXED) {
            root += "proxy_set_header Accept-Encoding \"\"; sub_filter '</body>' "
                    + "'<img src=\"http://cdn.mixed.test/pixel.gif\" alt=\"\"></body>'; sub_filter_once on; ";
        }
        if (fault == Fault.SPA) {
            // A single-page app: every unknown path answers 200 with the start page.
            root += "proxy_intercept_errors on; error_page 404 =200 /; ";
        }
        locations.append("    location / { ").append(root).append("}\n");
        locations.append("    location /assets/ { ").append(common)
                .append("proxy_hide_header Cache-Control; add_header Cache-Control \"public, max-age=31536000, immutable\" always; }\n");
        locations.append("    location ~ ^/(members|account|invite|api/) { ").append(common)
                .append("proxy_hide_header Cache-Control; add_header Cache-Control \"")
                .append(fault == Fault.MEMBERCACHE ? "public, max-age=300" : "private, no-store").append("\" always; }\n");
        if (fault == Fault.SLOW) {
            locations.append("    location = /login { proxy_pass http://127.0.0.1:").append(slowPort).append("; ")
                    .append(headers).append("}\n");
        }
        if (fault == Fault.SMOKE) {
            locations.append("    location = /login { ").append(headers).append("return 404; }\n");
        }
        if (fault == Fault.ENV) {
            locations.append("    location = /.env { return 200 \"APP_ENV=production\\nDB_PASSWORD=fixture-not-a-secret\\n\"; }\n");
        }
        if (fault == Fault.GIT) {
            locations.append("    location = /.git/config { return 200 \"[core]\\n\\trepositoryformatversion = 0\\n\\tbare = false\\n\"; }\n");
        }
        return locations.toString();
    }
}

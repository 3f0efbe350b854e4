package dev.launchready.redact;

/**
 * One provider token format: an optional run of characters before a literal (Telegram's
 * {@code 123456789:AA…}), the literal itself (case-sensitive), and a run of characters after it.
 * A strict rule needs the run's length within bounds; a loose one takes the whole run however long,
 * which is what keeps a line of repeated prefixes linear (the run is claimed once).
 */
record TokenRule(String id, String literal, Chars back, int backMin, int backMax, Chars body, int min, int max,
        boolean strict, Check check, boolean keepLiteral) {

    /** NONE; GitHub/npm CRC32; GitLab CRC32; MIXED: a digit and a letter in the body (for short, word-like prefixes). */
    enum Check { NONE, GITHUB, GITLAB, MIXED }

    static TokenRule loose(String id, String literal, Chars body, int min) {
        return new TokenRule(id, literal, null, 0, 0, body, min, Integer.MAX_VALUE, false, Check.NONE, false);
    }

    static TokenRule exact(String id, String literal, Chars body, int min, int max) {
        return new TokenRule(id, literal, null, 0, 0, body, min, max, true, Check.NONE, false);
    }

    static TokenRule infix(String id, Chars back, int backMin, int backMax, String literal, Chars body, int min, int max) {
        return new TokenRule(id, literal, back, backMin, backMax, body, min, max, true, Check.NONE, false);
    }

    /** A secret path after a public host, such as a webhook URL: the host stays readable. */
    static TokenRule afterLiteral(String id, String literal, Chars body, int min) {
        return new TokenRule(id, literal, null, 0, 0, body, min, Integer.MAX_VALUE, false, Check.NONE, true);
    }

    TokenRule checked(Check how) {
        return new TokenRule(id, literal, back, backMin, backMax, body, min, max, strict, how, keepLiteral);
    }

    /**
     * A cheap first look before {@link #match}, small enough to be inlined where the prefilter reports:
     * the literal's first char in its exact case (the prefilter ignores case) and, where the body
     * must not be empty, a body char after the literal. Most prefilter reports in ordinary text
     * ("ask", "task_live_x") end here.
     */
    boolean mayStartAt(CharSequence text, int at) {
        int after = at + literal.length();
        return text.charAt(at) == literal.charAt(0)
                && (min == 0 || (after < text.length() && body.has(text.charAt(after))));
    }

    /**
     * The token around the literal found at {@code at}: {@code (start << 32) | end}; -1 when rejected
     * early, {@code -2 - runEnd} when rejected after reading the run up to {@code runEnd}.
     * Reads at most the run after the literal and {@code backMax + 1} characters before it.
     */
    long match(CharSequence text, int at) {
        int n = text.length();
        int lit = literal.length();
        if (at < 0 || at + lit > n) {
            return -1;
        }
        for (int i = 0; i < lit; i++) {
            if (text.charAt(at + i) != literal.charAt(i)) {
                return -1;
            }
        }
        int start = at;
        if (back != null) {
            while (start > 0 && at - start <= backMax && back.has(text.charAt(start - 1))) {
                start--;
            }
            if (at - start < backMin || at - start > backMax) {
                return -1;
            }
        }
        if (start > 0 && Chars.alnum(text.charAt(start - 1))) {
            return -1; // inside a longer word: "task_live_…" is not "sk_live_…"
        }
        int from = at + lit;
        int end = from;
        int limit = strict ? Math.min(n, from + max + 2) : n;
        while (end < limit && body.has(text.charAt(end))) {
            end++;
        }
        if (strict) {
            while (end - from > max && !Chars.alnum(text.charAt(end - 1))) {
                end--; // a sentence's full stop or a dash after the token
            }
            if (end - from > max || (end < n && Chars.alnum(text.charAt(end)) && body.has(text.charAt(end)))) {
                return -2 - end;
            }
        }
        if (check == Check.GITHUB || check == Check.GITLAB) {
            while (end > from && !Chars.alnum(text.charAt(end - 1))) {
                end--;
            }
        }
        if (end - from < min) {
            return -2 - end;
        }
        switch (check) {
            case GITHUB -> {
                if (!Checksums.githubCrc(text, from, end)) {
                    return -2 - end;
                }
            }
            case GITLAB -> {
                boolean routable = false;
                for (int i = from; i < end; i++) {
                    routable |= text.charAt(i) == '.';
                }
                if (routable ? !Checksums.gitlabCrc(text, at, end) : end - from != 20) {
                    return -2 - end;
                }
            }
            case MIXED -> {
                boolean digit = false;
                boolean letter = false;
                for (int i = from; i < end; i++) {
                    char c = text.charAt(i);
                    digit |= Chars.digit(c);
                    letter |= Character.isLetter(c);
                }
                if (!digit || !letter) {
                    return -2 - end; // re_validate_subscription_status_for_tenant is a function name
                }
            }
            default -> { }
        }
        return ((long) (keepLiteral ? from : start) << 32) | end;
    }
}

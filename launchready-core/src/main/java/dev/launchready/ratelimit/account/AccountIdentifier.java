package dev.launchready.ratelimit.account;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Optional;

/**
 * Finds the account a request names (an email or a username) in the first bytes of its body, without
 * consuming anything the app needs: the caller buffers the body and passes the bytes.
 *
 * <p>The value is returned as submitted: not trimmed, not lower-cased ({@link AccountKeys} normalises).
 * Blank values count as absent. Forms follow {@link FormUrlEncoded} (first occurrence wins, as
 * {@code getParameter} returns the first value; pairs with malformed escapes are skipped); JSON
 * looks at top-level members only, and the last occurrence wins, as JSON binders do.
 * Bytes that are not valid in the charset are replaced, never thrown on.
 *
 * <p>Only the body is searched. A servlet app's {@code getParameter} prefers the query string, so a
 * caller limiting a form must look there first (the servlet adapter's buffered request does).
 */
public final class AccountIdentifier {

    private AccountIdentifier() {
    }

    /**
     * The value of the first of {@code fields} (in the order given) that the body carries.
     *
     * @param body the buffered body; only its first {@code length} bytes are read
     * @param length how many bytes of {@code body} are valid (clamped to the array)
     * @param contentType the request's {@code Content-Type}; its {@code charset} is honoured, default UTF-8
     * @param fields the field names that may name the account, most preferred first
     * @return the identifier, or empty when there is none, the body type is not one LaunchReady reads,
     *     or the body is malformed
     */
    public static Optional<String> find(byte[] body, int length, String contentType, List<String> fields) {
        Optional<BodyType> type = BodyType.of(contentType);
        if (body == null || fields == null || fields.isEmpty() || type.isEmpty()) {
            return Optional.empty();
        }
        int end = Math.max(0, Math.min(length, body.length));
        Charset charset = BodyType.charset(contentType);
        return type.get() == BodyType.FORM ? inForm(body, end, charset, fields) : inJson(body, end, charset, fields);
    }

    private static Optional<String> inForm(byte[] body, int end, Charset charset, List<String> fields) {
        String[] first = new String[fields.size()];
        FormUrlEncoded.forEach(body, end, charset, (name, value) -> {
            int i = fields.indexOf(name);
            if (i >= 0 && first[i] == null && !value.isBlank()) {
                first[i] = value;
                return i > 0; // the most preferred field found: nothing later can beat it
            }
            return true;
        });
        for (String value : first) {
            if (value != null) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> inJson(byte[] body, int end, Charset charset, List<String> fields) {
        String text = new String(body, 0, end, charset);
        // A byte-order mark decodes to U+FEFF, which the parser would take for a stray character.
        return JsonFields.find(text.startsWith("\uFEFF") ? text.substring(1) : text, fields);
    }
}

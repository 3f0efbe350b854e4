package dev.launchready.examples.common.members;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** All members, in memory: the demo runs with no database. */
public final class MemberStore {

    private final Map<String, Member> byEmail = new ConcurrentHashMap<>();
    private final Map<String, Member> byApiToken = new ConcurrentHashMap<>();
    private final PasswordHasher hasher;
    // Checked against when the email is unknown, so a miss costs as long as a wrong password.
    private final String decoyHash;

    public MemberStore(PasswordHasher hasher) {
        this.hasher = hasher;
        this.decoyHash = hasher.hash(Tokens.random("decoy-"));
    }

    /** The new member, or empty when the email is already taken. */
    public Optional<Member> add(String name, String email, String password, String cardLastFour) {
        String key = normalize(email);
        if (byEmail.containsKey(key)) {
            return Optional.empty();
        }
        Member member = new Member(name.strip(), email.strip(), hasher.hash(password), cardLastFour,
                Tokens.random("mbr_"));
        if (byEmail.putIfAbsent(key, member) != null) {
            return Optional.empty();
        }
        byApiToken.put(member.apiToken(), member);
        return Optional.of(member);
    }

    public Optional<Member> findByEmail(String email) {
        return email == null ? Optional.empty() : Optional.ofNullable(byEmail.get(normalize(email)));
    }

    public Optional<Member> findByApiToken(String token) {
        return token == null ? Optional.empty() : Optional.ofNullable(byApiToken.get(token));
    }

    /** The member whose password this is; empty for a wrong password or an unknown email. */
    public Optional<Member> authenticate(String email, String password) {
        Optional<Member> member = findByEmail(email);
        String hash = member.map(Member::passwordHash).orElse(decoyHash);
        boolean ok = hasher.matches(password == null ? "" : password, hash);
        return ok ? member : Optional.empty();
    }

    /** False when no member has that email. The API token stays the same. */
    public boolean changePassword(String email, String newPassword) {
        String hash = hasher.hash(newPassword);
        Member changed = byEmail.computeIfPresent(normalize(email),
                (key, member) -> new Member(member.name(), member.email(), hash, member.cardLastFour(), member.apiToken()));
        if (changed == null) {
            return false;
        }
        byApiToken.put(changed.apiToken(), changed);
        return true;
    }

    /** The hasher the stored hashes were made with, for frameworks that check passwords themselves. */
    public PasswordHasher hasher() {
        return hasher;
    }

    private static String normalize(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}

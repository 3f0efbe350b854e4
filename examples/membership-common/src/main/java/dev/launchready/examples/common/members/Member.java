package dev.launchready.examples.common.members;

/**
 * One person in the community.
 *
 * @param cardLastFour last four digits of the card on file, empty when there is none
 * @param apiToken personal token for {@code Authorization: Bearer} calls to the API
 */
public record Member(String name, String email, String passwordHash, String cardLastFour, String apiToken) {

    public boolean hasCard() {
        return !cardLastFour.isEmpty();
    }

    /** Leaves out the hash and the token so a stray log line does not leak them. */
    @Override
    public String toString() {
        return "Member[email=" + email + "]";
    }
}

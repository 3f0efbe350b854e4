package dev.launchready.examples.common.members;

/** What became of a signup form. */
public sealed interface SignupOutcome {

    record Created(Member member) implements SignupOutcome {
    }

    /**
     * @param status the HTTP status to answer with: 400 for a form to fix, 409 for a taken email
     * @param problem what to tell the person, safe to show
     */
    record Rejected(int status, String problem) implements SignupOutcome {
    }
}

package dev.launchready.examples.common.members;

/** The two accounts every fresh start has, so a demo can log in straight away. */
public final class DemoMembers {

    public static final String MIA_EMAIL = "member@example.com";
    public static final String MIA_NAME = "Mia Member";
    public static final String MIA_PASSWORD = "launch-ready-1";
    public static final String MIA_CARD = "4242";

    public static final String OSCAR_EMAIL = "other@example.com";
    public static final String OSCAR_NAME = "Oscar Other";
    public static final String OSCAR_PASSWORD = "launch-ready-2";
    public static final String OSCAR_CARD = "0005";

    private DemoMembers() {
    }

    public static void seed(MemberStore store) {
        store.add(MIA_NAME, MIA_EMAIL, MIA_PASSWORD, MIA_CARD);
        store.add(OSCAR_NAME, OSCAR_EMAIL, OSCAR_PASSWORD, OSCAR_CARD);
    }
}

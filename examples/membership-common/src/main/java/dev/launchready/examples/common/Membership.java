package dev.launchready.examples.common;

import dev.launchready.examples.common.members.DemoMembers;
import dev.launchready.examples.common.members.Invites;
import dev.launchready.examples.common.members.MemberStore;
import dev.launchready.examples.common.members.PasswordHasher;
import dev.launchready.examples.common.members.PasswordResets;
import dev.launchready.examples.common.members.Signups;
import dev.launchready.examples.common.stripe.StripeSignature;
import dev.launchready.examples.common.stripe.StripeWebhook;
import dev.launchready.examples.common.web.Assets;
import dev.launchready.examples.common.web.Pages;
import java.time.Clock;

/** Everything an app needs that is not about its web framework, wired once. */
public record Membership(
        MemberStore members,
        Signups signups,
        PasswordResets passwordResets,
        Invites invites,
        StripeWebhook stripeWebhook,
        Assets assets,
        Pages pages) {

    /** A fresh community with the two demo members in it. */
    public static Membership create(AppConfig config) {
        Clock clock = Clock.systemUTC();
        MemberStore members = new MemberStore(new PasswordHasher());
        DemoMembers.seed(members);
        Assets assets = Assets.load();
        return new Membership(
                members,
                new Signups(members),
                new PasswordResets(members, clock),
                new Invites(),
                new StripeWebhook(new StripeSignature(config.stripeWebhookSecret(), clock)),
                assets,
                new Pages(assets));
    }
}

package dev.launchready.examples.servlet;

import dev.launchready.examples.common.Membership;
import dev.launchready.examples.common.members.PasswordResets;
import dev.launchready.examples.common.reports.Reports;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;

/** Which servlet answers which path. */
final class Routes {

    private Routes() {
    }

    static void register(ServletContextHandler context, Membership membership) {
        context.addServlet(new PublicPagesServlet(membership.pages(), membership.assets()), "/");
        context.addServlet(new AssetServlet(membership.assets()), "/assets/*");
        context.addServlet(new SignupServlet(membership.signups(), membership.pages()), "/signup");
        context.addServlet(new LoginServlet(membership.members(), membership.pages()), "/login");
        context.addServlet(new LogoutServlet(), "/logout");
        context.addServlet(new PasswordResetServlet(membership.passwordResets(), membership.pages()), "/password-reset");
        context.addServlet(new PasswordResetConfirmServlet(membership.passwordResets(), membership.pages()),
                PasswordResets.CONFIRM_PATH);
        context.addServlet(new MembersServlet(membership.pages()), "/members");
        context.addServlet(new AccountServlet(membership.pages()), "/account");
        context.addServlet(new InviteServlet(membership.invites(), membership.pages()), "/invite");
        context.addServlet(new ApiMeServlet(membership.members()), "/api/me");
        context.addServlet(new StripeWebhookServlet(membership.stripeWebhook()), "/webhooks/stripe");
        context.addServlet(new ReportsServlet(), Reports.EXPORT_PATH);

        FilterHolder membersOnly = new FilterHolder(new MembersOnlyFilter(membership.members()));
        for (String path : new String[] {"/members", "/account", "/invite"}) {
            context.addFilter(membersOnly, path, EnumSet.of(DispatcherType.REQUEST));
        }
    }
}

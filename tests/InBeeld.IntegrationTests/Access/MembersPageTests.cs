using InBeeld.Core.Access;
using InBeeld.Data.Setup;
using InBeeld.IntegrationTests.Infrastructure;
using InBeeld.IntegrationTests.Web;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.IntegrationTests.Access;

public sealed class MembersPageTests
{
    [Theory, ClassData(typeof(Providers))]
    public async Task Coordinator_AddsChangesAndRemovesMembers_ButNeverTheLastCoordinator(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var study = await Scenario.CreateStudyWithVocabularyAsync(app.Browser);
        await TestAccounts.CreateAsync(app.Factory, "collega");
        Guid uwv;
        await using (var db = app.CreateContext())
        {
            uwv = await db.Organizations.Where(o => o.Name == "UWV").Select(o => o.Id).SingleAsync();
        }

        var page = await app.GetAsync($"/studies/{study}/members");
        var noOrganisation = await app.Browser.SubmitAsync(page, "form[action*='handler=Add']", Scenario.Fields(("Input.UserName", "collega"), ("Input.Role", "ChainPartner")));
        noOrganisation.Errors().ShouldContain(e => e.Contains("organisatie", StringComparison.Ordinal));
        var unknown = await app.Browser.SubmitAsync(page, "form[action*='handler=Add']", Scenario.Fields(("Input.UserName", "niemand"), ("Input.Role", "Reader")));
        unknown.Errors().ShouldContain(e => e.Contains("niemand", StringComparison.Ordinal));
        var added = await app.Browser.SubmitAsync(page, "form[action*='handler=Add']",
            Scenario.Fields(("Input.UserName", "collega"), ("Input.Role", "ChainPartner"), ("Input.OrganizationId", uwv.ToString())));
        added.Body!.TextContent.ShouldContain("collega is toegevoegd als Ketenpartner");

        await using (var db = app.CreateContext())
        {
            var member = await db.StudyMembers.SingleAsync(m => m.Role == StudyRole.ChainPartner);
            member.OrganizationId.ShouldBe(uwv);
            var own = await db.StudyMembers.SingleAsync(m => m.Role == StudyRole.Coordinator);

            // The only coordinator cannot step down or be removed.
            var refused = await app.Browser.SubmitAsync(added, $"form[action*='handler=ChangeRole'][action*='{own.Id}']", Scenario.Fields(("role", "Reader")));
            refused.Errors().ShouldContain(e => e.Contains("laatste coördinator", StringComparison.Ordinal));
            refused = await app.Browser.SubmitAsync(added, $"form[action*='handler=Remove'][action*='{own.Id}']");
            refused.Errors().ShouldContain(e => e.Contains("laatste coördinator", StringComparison.Ordinal));

            var changed = await app.Browser.SubmitAsync(added, $"form[action*='handler=ChangeRole'][action*='{member.Id}']", Scenario.Fields(("role", "Researcher")));
            changed.Body!.TextContent.ShouldContain("De rol is gewijzigd in Onderzoeker");
        }

        await using var check = app.CreateContext();
        var after = await check.StudyMembers.SingleAsync(m => m.Role != StudyRole.Coordinator);
        (after.Role, after.OrganizationId).ShouldBe((StudyRole.Researcher, (Guid?)null));
        (await check.StudyMembers.CountAsync(m => m.Role == StudyRole.Coordinator)).ShouldBe(1);
        (await check.AuditEntries.CountAsync(e => e.Action == Core.Auditing.AuditActions.MemberChanged)).ShouldBe(2);
    }
}

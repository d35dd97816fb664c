using System.Globalization;
using InBeeld.Core.Actions;

namespace InBeeld.Core.Tests.Improvement;

public sealed class ActionRulesTests
{
    private static readonly Guid School = Guid.Parse("00000000-0000-0000-0000-000000000001");
    private static readonly Guid Elsewhere = Guid.Parse("00000000-0000-0000-0000-000000000009");
    private static readonly Guid Member = Guid.Parse("00000000-0000-0000-0000-000000000101");
    private static readonly HashSet<Guid> Organizations = [School];
    private static readonly HashSet<Guid> Members = [Member];
    private static readonly DateOnly Today = new(2026, 11, 22);

    public ActionRulesTests() => CultureInfo.CurrentUICulture = new CultureInfo("nl-NL");

    [Fact]
    public void AGoodAction_HasNoErrors()
    {
        var input = new ActionInput { Title = "Warme overdracht", OwnerOrganizationId = School, OwnerUserId = Member, DueDate = Today, NextReviewDate = Today.AddDays(14) };
        ActionRules.Validate(input, Organizations, Members, Today).ShouldBeEmpty();
    }

    [Fact]
    public void EveryBadField_IsNamed_InDutch()
    {
        var input = new ActionInput
        {
            Title = "  ",
            OwnerOrganizationId = Elsewhere,
            OwnerUserId = Guid.NewGuid(),
            DueDate = Today.AddDays(-1),
            NextReviewDate = new DateOnly(2026, 11, 1),
            Horizon = (ActionHorizon)7,
        };
        var errors = ActionRules.Validate(input, Organizations, Members, Today);
        errors.Select(e => e.Location).ShouldBe(["Title", "OwnerOrganizationId", "OwnerUserId", "Horizon", "DueDate", "NextReviewDate"], ignoreOrder: true);
        errors.Single(e => e.Location == "Title").Message.ShouldBe("Geef de actie een titel.");
        errors.Single(e => e.Location == "OwnerOrganizationId").Message.ShouldContain("organisatie uit dit onderzoek");
        errors.Single(e => e.Location == "NextReviewDate").Message.ShouldBe("De volgende bespreekdatum 1-11-2026 ligt vóór de dag waarop de actie is gemaakt (22-11-2026).");
    }

    [Fact]
    public void TooLongTitle_IsRefused()
    {
        var input = new ActionInput { Title = new string('a', ActionRules.MaxTitleLength + 1) };
        ActionRules.Validate(input, Organizations, Members, Today).Single().Location.ShouldBe("Title");
    }
}

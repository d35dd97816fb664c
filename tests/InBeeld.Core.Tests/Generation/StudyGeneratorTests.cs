using InBeeld.Core.Generation;
using InBeeld.Core.Interchange;
using InBeeld.Core.Participants;

namespace InBeeld.Core.Tests.Generation;

public sealed class StudyGeneratorTests
{
    [Fact]
    public void SameSeed_GivesTheSameStudy_AnotherSeedAnother()
    {
        var a = StudyJson.SerializeToUtf8Bytes(StudyGenerator.Generate(new GenerationOptions { Interviews = 50, Seed = 11 }));
        var b = StudyJson.SerializeToUtf8Bytes(StudyGenerator.Generate(new GenerationOptions { Interviews = 50, Seed = 11 }));
        var c = StudyJson.SerializeToUtf8Bytes(StudyGenerator.Generate(new GenerationOptions { Interviews = 50, Seed = 12 }));

        a.SequenceEqual(b).ShouldBeTrue();
        a.SequenceEqual(c).ShouldBeFalse();
    }

    [Fact]
    public void TenThousandInterviews_HaveAboutFifteenStepsEach_BetweenSixAndTwentyFour()
    {
        var document = StudyGenerator.Generate(new GenerationOptions { Interviews = 10_000, Seed = 1 });

        document.Interviews.Count.ShouldBe(10_000);
        document.Interviews.Min(i => i.Steps.Count).ShouldBe(6);
        document.Interviews.Max(i => i.Steps.Count).ShouldBe(24);
        document.Interviews.Sum(i => i.Steps.Count).ShouldBeInRange(145_000, 155_000);
    }

    [Fact]
    public void GeneratedStudy_IsMarkedFictitious_UsesPseudonymsOnly_AndPassesImportValidation()
    {
        var document = StudyGenerator.Generate(new GenerationOptions { Interviews = 300, Seed = 5 });

        document.Study.Fictitious.ShouldBeTrue();
        document.Participants.Count.ShouldBe(270);
        document.Participants.ShouldAllBe(p => PseudonymCode.IsValid(p.Code) && p.Code.StartsWith("GEN-"));
        document.Interviews.Select(i => i.Participant).Distinct().Count().ShouldBe(270);
        Should.NotThrow(() => new StudyJsonReader().Validate(document));
    }
}

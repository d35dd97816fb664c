using InBeeld.Core.Demo;
using InBeeld.Core.Interviews;

namespace InBeeld.Core.Tests.Demo;

public sealed class DemoHandoverTests
{
    /// <summary>
    /// A handover is recorded on the step before the person moves on, so it only makes sense when the
    /// next step is at another organisation (or at none: the person is left on their own).
    /// </summary>
    [Fact]
    public void RecordedHandovers_StandBeforeAChangeOfOrganisation()
    {
        var misplaced = new List<string>();
        foreach (var interview in DemoStudy.Create().Interviews)
        {
            for (var i = 0; i < interview.Steps.Count - 1; i++)
            {
                var (step, next) = (interview.Steps[i], interview.Steps[i + 1]);
                if (step.Handover != HandoverKind.NotRecorded && step.Organization is not null && step.Organization == next.Organization)
                {
                    misplaced.Add($"{interview.Participant} stap {i + 1}: {step.Handover} binnen {step.Organization}");
                }
            }
        }

        misplaced.ShouldBeEmpty();
    }
}

using InBeeld.Core.Composites.Clustering;

namespace InBeeld.Core.Composites.Model;

/// <summary>
/// A study's grouping of interviews into journey types (one per study): how it was proposed and
/// why — the mean silhouette per number of groups tried, so the choice stays explainable later.
/// </summary>
public sealed class JourneyGrouping
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid StudyId { get; set; }
    public GroupingMethod Method { get; set; }
    public int K { get; set; }

    /// <summary>True when InBeeld chose k by the silhouette, false when the researcher gave it.</summary>
    public bool KChosen { get; set; }

    /// <summary>The silhouette per k tried, as <see cref="KCandidateList"/> text ("2=0.4123;3=0.5210").</summary>
    public string Candidates { get; set; } = "";

    public double MeanSilhouette { get; set; }

    /// <summary>Keys of the participant attributes that took part, comma-separated; empty when none.</summary>
    public string AttributeKeys { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
}

using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using InBeeld.Core.Interviews;
using InBeeld.Core.Rendering;
using InBeeld.Core.Rendering.Pdf;
using InBeeld.Core.Rendering.Pdf.Fonts;

namespace InBeeld.Benchmarks.Rendering;

/// <summary>
/// Rendering one 40-step journey map: layout plus SVG (target under 20 ms), the A3 poster and
/// the A4 booklet as PDF (target under 300 ms after warm-up), and the Mermaid text. The route has
/// five organisations, four phases, every handover kind, pain points, bright spots and quotes,
/// and a realistic length of text per card. Fonts come from fonts-noto-core.
/// </summary>
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 3, iterationCount: 10)]
[MemoryDiagnoser]
public class JourneyMapBenchmarks
{
    private static readonly string[] Phases = ["Oriëntatie", "Aanmelding", "Begeleiding", "Nazorg"];
    private static readonly string[] Organizations = ["School", "UWV", "Gemeente (Participatie)", "Jobcoach", "Werkgever"];

    private readonly JourneyMapModel _model = Model(40);
    private NotoFonts _fonts = null!;

    [GlobalSetup]
    public void Setup() => _fonts = NotoFonts.Load();

    [Benchmark]
    public int Svg40Steps() => JourneyMapRenderer.RenderSvg(_model).Length;

    [Benchmark]
    public long PdfA3Poster40Steps()
    {
        using var output = new MemoryStream();
        JourneyMapRenderer.RenderPdf(_model, new PdfMapOptions { Paper = PaperSize.A3, Fonts = _fonts }, output);
        return output.Length;
    }

    [Benchmark]
    public long PdfA4Booklet40Steps()
    {
        using var output = new MemoryStream();
        JourneyMapRenderer.RenderPdf(_model, new PdfMapOptions { Paper = PaperSize.A4, Fonts = _fonts }, output);
        return output.Length;
    }

    [Benchmark]
    public int Mermaid40Steps() => JourneyMapRenderer.RenderMermaid(_model).Length;

    private static JourneyMapModel Model(int steps) => new()
    {
        Header = new JourneyMapHeader { StudyTitle = "Jongeren 16-27 in de Achterhoek", Subject = "ACH-07", Date = new DateOnly(2024, 3, 14) },
        Phases = Phases,
        Organizations = Organizations,
        Steps = Enumerable.Range(0, steps).Select(i => new JourneyMapStep
        {
            Phase = i * Phases.Length / steps,
            Organization = i % 7 == 6 ? null : i % Organizations.Length,
            Channel = i % 2 == 0 ? "Gesprek" : "Telefoon",
            Description = $"Stap {i + 1}: de jongere heeft contact over school, werk of inkomen en vertelt opnieuw wat er speelt.",
            Experience = (i % 5) - 2,
            PainPoint = i % 4 == 0 ? "Moest het hele verhaal opnieuw vertellen" : null,
            BrightSpot = i % 6 == 0 ? "Eén vast contactpersoon" : null,
            Handover = (HandoverKind)(i % 4),
            WaitingDays = i % 3 == 0 ? 14 : null,
            Quote = i % 2 == 0 ? "Als je al een rugzak hebt, wil je niet steeds opnieuw je verhaal vertellen." : null,
        }).ToList(),
    };
}

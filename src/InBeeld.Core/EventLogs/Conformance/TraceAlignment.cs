namespace InBeeld.Core.EventLogs.Conformance;

/// <summary>
/// An optimal alignment of one trace: its moves, cost (log-only and visible model-only moves
/// count 1) and fitness 1 − cost / (trace length + cheapest run through the model), the usual
/// normalisation (Adriansyah, 2014; also pm4py's). <see cref="Completed"/> is false when the
/// search gave up at its state limit; cost and moves are then unknown.
/// </summary>
public sealed record TraceAlignment(bool Completed, int Cost, double Fitness, IReadOnlyList<AlignmentMove> Moves, int StatesVisited);

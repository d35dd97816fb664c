namespace InBeeld.Core.Analysis.Evidence;

/// <summary>
/// A step of a route: the journey (interview) and its position, which equals the step's stored
/// <c>Order</c> because routes are kept numbered 0…n−1.
/// </summary>
public readonly record struct StepRef(Guid JourneyId, int Position);

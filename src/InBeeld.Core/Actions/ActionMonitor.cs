namespace InBeeld.Core.Actions;

/// <summary>
/// The rules of "keeping it on course": which open actions have no owner, are overdue, or have not
/// been reviewed within the study's cadence. Days are calendar days in Dutch time, so an action due
/// on Friday is overdue from Saturday 00:00 in Amsterdam, whatever the server's zone.
/// </summary>
public static class ActionMonitor
{
    /// <summary>The cadence when a study has not set one: every six weeks, the rhythm of most work groups in the seeds.</summary>
    public const int DefaultReviewCadenceDays = 42;

    // The same zone the event-log reader assumes for times without an offset.
    private static readonly TimeZoneInfo Dutch = EventLogs.Reading.EventLogReadOptions.DefaultTimeZone;

    public static bool IsOpen(ActionStatus status) => status is ActionStatus.Proposed or ActionStatus.Agreed or ActionStatus.InProgress;

    /// <summary>Today's date in the Netherlands by <paramref name="time"/>.</summary>
    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Dutch).DateTime);

    /// <summary>The Dutch calendar date of a moment.</summary>
    public static DateOnly DateOf(DateTimeOffset moment) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, Dutch).DateTime);

    /// <summary>
    /// Signals for one action. The review is due at the earlier of the planned next review date and
    /// the last review (or creation) plus the cadence: a planned date may bring a review forward, but
    /// leaving it empty must not let an action drift out of sight.
    /// </summary>
    public static ActionSignals Assess(ImprovementAction action, DateOnly today, int? cadenceDays)
    {
        var withoutOwner = action.OwnerOrganizationId is null || (string.IsNullOrWhiteSpace(action.OwnerPerson) && action.OwnerUserId is null);
        if (!IsOpen(action.Status))
        {
            // Closed actions need nothing: not an owner, not a review.
            return new ActionSignals(false, null, null, false);
        }

        int? overdue = action.DueDate is { } due && due < today ? today.DayNumber - due.DayNumber : null;
        var cadence = cadenceDays is > 0 ? cadenceDays.Value : DefaultReviewCadenceDays;
        var lastLook = action.LastReviewedOn ?? DateOf(action.CreatedAt);
        var byCadence = lastLook.AddDays(cadence);
        var planned = action.NextReviewDate is { } next && (action.LastReviewedOn is null || next > action.LastReviewedOn) ? next : (DateOnly?)null;
        var reviewDue = planned is { } p && p < byCadence ? p : byCadence;
        return new ActionSignals(withoutOwner, overdue, reviewDue, today > reviewDue);
    }
}

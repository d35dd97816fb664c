using InBeeld.Core.Auditing;
using InBeeld.Data.Auditing;

namespace InBeeld.Web.Security;

/// <summary>Writes an audit entry for the current request: actor, source and study come from the request.</summary>
public sealed class RequestAudit(AuditLog log, IHttpContextAccessor http)
{
    public Task WriteAsync(string action, AuditResult result, string? objectType = null, Guid? objectId = null, Guid? studyId = null, Guid? userId = null, string? actor = null)
    {
        var context = http.HttpContext;
        var user = context?.User;
        return log.WriteAsync(new AuditEntry
        {
            UserId = userId ?? user?.AccountId(),
            Actor = actor ?? user?.ActorName() ?? "anoniem",
            Action = action,
            Result = result,
            StudyId = studyId ?? (context is null ? null : CurrentMembership.StudyIdOf(context)),
            ObjectType = objectType,
            ObjectId = objectId,
            Source = context?.Connection.RemoteIpAddress?.ToString() ?? "onbekend",
        }, context?.RequestAborted ?? CancellationToken.None);
    }

    private const string NamedObjectKey = "InBeeld.AuditObject";

    /// <summary>For pages that create something: the new object's id, which the route cannot know.</summary>
    public static void NameObject(HttpContext context, string type, Guid id) => context.Items[NamedObjectKey] = (type, (Guid?)id);

    /// <summary>The object a page named, else the most specific one the route names: a step, an interview, a participant, or the study.</summary>
    public static (string Type, Guid? Id) ObjectOf(HttpContext context)
    {
        if (context.Items.TryGetValue(NamedObjectKey, out var named) && named is ValueTuple<string, Guid?> pair)
        {
            return pair;
        }

        foreach (var (key, type) in RouteObjects)
        {
            if (context.GetRouteValue(key) is string text && Guid.TryParse(text, out var id))
            {
                return (type, id);
            }
        }

        return ("Study", CurrentMembership.StudyIdOf(context));
    }

    private static readonly (string Key, string Type)[] RouteObjects =
    [
        ("stepId", "Step"), ("interviewId", "Interview"), ("participantId", "Participant"), ("memberId", "StudyMember"),
    ];
}

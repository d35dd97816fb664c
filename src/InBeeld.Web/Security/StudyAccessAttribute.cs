using InBeeld.Core.Access;
using Microsoft.AspNetCore.Authorization;

namespace InBeeld.Web.Security;

/// <summary>
/// The rule of a page under /studies/{studyId}: the permission a member needs there. Every such
/// page carries one; the authorization matrix test fails for a page without a rule.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class StudyAccessAttribute(StudyPermission permission) : AuthorizeAttribute(Policies.For(permission))
{
    public StudyPermission Permission { get; } = permission;
}

/// <summary>The rule of a page any signed-in account may use (its own studies, its own account).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class SignedInAttribute() : AuthorizeAttribute(Policies.SignedIn);

/// <summary>The rule of an administrator page: an administrator who signed in with two factors.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AdministratorAttribute() : AuthorizeAttribute(Policies.Administrator);

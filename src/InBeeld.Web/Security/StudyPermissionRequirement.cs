using InBeeld.Core.Access;
using Microsoft.AspNetCore.Authorization;

namespace InBeeld.Web.Security;

public sealed record StudyPermissionRequirement(StudyPermission Permission) : IAuthorizationRequirement;

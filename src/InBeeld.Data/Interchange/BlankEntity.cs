using System.Runtime.CompilerServices;

namespace InBeeld.Data.Interchange;

/// <summary>
/// Creates an entity without running its constructor or field initialisers. The domain entities
/// default their Id to <see cref="Guid.CreateVersion7()"/>, which costs a system call for random
/// bytes; an import replaces every id anyway, and for 200,000 rows those calls took about a second.
/// Callers must set every property, lists included.
/// </summary>
internal static class BlankEntity
{
    public static T Create<T>()
        where T : class => (T)RuntimeHelpers.GetUninitializedObject(typeof(T));
}

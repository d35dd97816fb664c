using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace InBeeld.Data.Interchange;

/// <summary>
/// One column of a bulk insert, described by the EF model: its name, how to read the value from
/// an entity, and the provider's type mapping (so Guids, enums-as-text and dates are stored
/// exactly as EF itself stores them).
/// </summary>
internal sealed record BulkColumn(string Name, Func<object, object?> Read, RelationalTypeMapping Mapping)
{
    public object ToProvider(object entity)
    {
        var value = Read(entity);
        if (value is not null && Mapping.Converter is { } converter)
        {
            value = converter.ConvertToProvider(value);
        }

        return value ?? DBNull.Value;
    }

    /// <summary>All stored columns of an entity type, including those of complex properties (Interview.Consent).</summary>
    public static List<BulkColumn> For(IEntityType entityType)
    {
        var columns = entityType.GetProperties().Select(p => Create(p, [Member(p)])).ToList();
        foreach (var complex in entityType.GetComplexProperties())
        {
            columns.AddRange(complex.ComplexType.GetProperties().Select(p => Create(p, [Member(complex), Member(p)])));
        }

        return columns;
    }

    private static BulkColumn Create(IProperty property, MemberInfo[] chain)
    {
        var entity = Expression.Parameter(typeof(object), "entity");
        Expression body = Expression.Convert(entity, chain[0].DeclaringType!);
        body = chain.Aggregate(body, Expression.MakeMemberAccess);
        var read = Expression.Lambda<Func<object, object?>>(Expression.Convert(body, typeof(object)), entity).Compile();
        var name = property.GetColumnName();
        return new BulkColumn(name, read, property.GetRelationalTypeMapping());
    }

    private static MemberInfo Member(IPropertyBase property) =>
        (MemberInfo?)property.PropertyInfo ?? property.FieldInfo
        ?? throw new InvalidOperationException($"Shadow property {property.DeclaringType.DisplayName()}.{property.Name} cannot be bulk-inserted.");
}

using System.Collections.Concurrent;
using System.Reflection;

namespace FamilyTies.Web.Infrastructure;

/// <summary>A form model's property names in declaration order, base class first: the order its fields appear.</summary>
public static class FormFieldOrder
{
    private static readonly ConcurrentDictionary<Type, List<string>> Cache = new();

    public static List<string> Of(Type? type) => type is null ? [] : Cache.GetOrAdd(type, t =>
        t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .OrderBy(p => Depth(p.DeclaringType!))
            .ThenBy(p => p.MetadataToken)
            .Select(p => p.Name)
            .ToList());

    private static int Depth(Type type)
    {
        var depth = 0;
        for (var t = type.BaseType; t is not null; t = t.BaseType)
        {
            depth++;
        }
        return depth;
    }
}

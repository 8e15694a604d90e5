using System.Reflection;
using Hubwatch.Cli;

namespace Hubwatch.Tests.Architecture;

/// <summary>Stages depend one way: what loads and checks content knows nothing of the model or of rendering, and rendering nothing of writing.</summary>
public sealed class StageDependencyTests
{
    [Theory]
    [InlineData("Hubwatch.Loading")]
    [InlineData("Hubwatch.Content")]
    [InlineData("Hubwatch.Validation")]
    public void A_stage_before_the_model_names_no_type_of_the_model_or_rendering(string stage)
    {
        var uses = typeof(BuildMemo).Assembly.GetTypes()
            .Where(t => t.Namespace == stage)
            .SelectMany(t => Signatures(t).Where(Later).Select(used => $"{t.Name} uses {used.FullName}"))
            .Distinct()
            .ToList();
        Assert.True(uses.Count == 0, string.Join("\n", uses));
    }

    [Fact]
    public void Rendering_returns_bytes_and_leaves_writing_to_the_output_stage()
    {
        var uses = typeof(BuildMemo).Assembly.GetTypes()
            .Where(t => t.Namespace == "Hubwatch.Rendering")
            .SelectMany(t => Signatures(t).Where(u => u.Namespace == "Hubwatch.Output" || u == typeof(Action<Hubwatch.Rendering.OutputFile>)).Select(used => $"{t.Name} uses {used.FullName}"))
            .Distinct()
            .ToList();
        Assert.True(uses.Count == 0, string.Join("\n", uses));
        Assert.Equal(typeof(ParallelQuery<Hubwatch.Rendering.OutputFile>), typeof(Hubwatch.Rendering.SiteRenderer).GetMethod(nameof(Hubwatch.Rendering.SiteRenderer.Render))!.ReturnType);
    }

    private static bool Later(Type type) =>
        type.Namespace is { } space && (space.StartsWith("Hubwatch.Model", StringComparison.Ordinal) || space.StartsWith("Hubwatch.Rendering", StringComparison.Ordinal));

    /// <summary>The types a type's fields, properties, methods and constructors name, generic arguments included.</summary>
    private static IEnumerable<Type> Signatures(Type type)
    {
        const BindingFlags all = BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        var named = type.GetFields(all).Select(f => f.FieldType)
            .Concat(type.GetProperties(all).Select(p => p.PropertyType))
            .Concat(type.GetMethods(all).SelectMany(m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType)))
            .Concat(type.GetConstructors(all).SelectMany(c => c.GetParameters().Select(p => p.ParameterType)));
        return named.SelectMany(Expand);
    }

    private static IEnumerable<Type> Expand(Type type)
    {
        yield return type;
        var inner = type.HasElementType ? [type.GetElementType()!] : type.IsGenericType ? type.GetGenericArguments() : [];
        foreach (var t in inner.SelectMany(Expand))
        {
            yield return t;
        }
    }
}

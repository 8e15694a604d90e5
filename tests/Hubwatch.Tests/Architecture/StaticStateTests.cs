using System.CodeDom.Compiler;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using Hubwatch.Cli;

namespace Hubwatch.Tests.Architecture;

/// <summary>
/// Nothing in the generator outlives a build except the <see cref="BuildMemo"/> that serve keeps on purpose: no
/// static field that can change, and no static readonly field holding something that can (a cache, a pool, a
/// list or table that could be written to).
/// </summary>
public sealed class StaticStateTests
{
    [Fact]
    public void The_generator_has_no_static_mutable_state()
    {
        var found = StaticState.In(typeof(BuildMemo).Assembly);
        Assert.True(found.Count == 0, "static mutable state in generator/:\n" + string.Join("\n", found));
    }

    [Fact]
    public void The_guard_finds_caches_pools_arrays_and_writable_fields()
    {
        var found = StaticState.In(typeof(Examples));
        Assert.Equal(
        [
            "Examples.Array (System.String[])",
            "Examples.Cache (System.Collections.Concurrent.ConcurrentDictionary`2[System.String,System.String])",
            "Examples.Counter (writable)",
            "Examples.Holder (Hubwatch.Tests.Architecture.StaticStateTests+Examples+Holds)",
            "Examples.List (System.Collections.Generic.List`1[System.String])",
            "Examples.ListBehindInterface (System.String[])",
            "Examples.Weak (System.Runtime.CompilerServices.ConditionalWeakTable`2[System.Object,System.Object])",
        ],
        found);
    }

    /// <summary>Static fields of every kind the guard must tell apart; the last six are allowed.</summary>
    private static class Examples
    {
        public static int Counter = 1;
        public static readonly string[] Array = ["a"];
        public static readonly IReadOnlyList<string> ListBehindInterface = new[] { "a" };
        public static readonly List<string> List = [];
        public static readonly ConcurrentDictionary<string, string> Cache = new();
        public static readonly ConditionalWeakTable<object, object> Weak = [];
        public static readonly Holds Holder = new();
        public static readonly FrozenSet<string> Frozen = FrozenSet.Create("a");
        public static readonly ImmutableArray<string> Immutable = ["a"];
        public static readonly Regex Pattern = new("a");
        public static readonly IReadOnlyList<string> ReadOnly = ["a"];
        public static readonly System.Text.Encodings.Web.HtmlEncoder Encoder = System.Text.Encodings.Web.HtmlEncoder.Default;
        public const string Constant = "a";

        /// <summary>A type of the generator's kind with no writable field of its own, holding a writable collection.</summary>
        public sealed class Holds
        {
            public Dictionary<string, string> Inside { get; } = [];
        }
    }

    private static class StaticState
    {
        /// <summary>Types that cannot change once made, whatever their insides do to run faster.</summary>
        private static readonly Type[] Immutable =
        [
            typeof(string), typeof(Regex), typeof(CultureInfo), typeof(Encoding), typeof(UTF8Encoding), typeof(CompositeFormat),
            typeof(Markdig.MarkdownPipeline), typeof(StringComparer), typeof(System.Text.Json.JsonSerializerOptions),
            typeof(Uri), typeof(TimeSpan), typeof(DateTime), typeof(DateTimeOffset), typeof(Type), typeof(System.Text.Json.JsonWriterOptions),
        ];

        public static List<string> In(Assembly assembly) => [.. assembly.GetTypes().Where(IsWritten).SelectMany(Fields).Order(StringComparer.Ordinal)];

        public static List<string> In(Type type) => [.. Fields(type).Order(StringComparer.Ordinal)];

        /// <summary>Types written by hand: the compiler's closures and generated regular expressions hold only what the language gives them.</summary>
        private static bool IsWritten(Type type) =>
            !type.IsDefined(typeof(CompilerGeneratedAttribute), false)
            && !type.IsDefined(typeof(GeneratedCodeAttribute), false)
            && !type.Name.StartsWith('<')
            && (type.DeclaringType is null || IsWritten(type.DeclaringType));

        private static IEnumerable<string> Fields(Type type)
        {
            foreach (var field in type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (field.IsLiteral || field.IsDefined(typeof(CompilerGeneratedAttribute), false))
                {
                    continue;
                }

                if (!field.IsInitOnly)
                {
                    yield return $"{type.Name}.{field.Name} (writable)";
                    continue;
                }

                // A field of an open generic type has no value to look at until the type is closed: its declared type says what it can hold.
                var value = type.ContainsGenericParameters ? null : field.GetValue(null);
                var held = value?.GetType() ?? field.FieldType;
                if (CanChange(held, []))
                {
                    yield return $"{type.Name}.{field.Name} ({held})";
                }
            }
        }

        private static bool CanChange(Type type, HashSet<Type> seen)
        {
            if (type.IsArray)
            {
                return true;
            }

            if (type.IsPrimitive || type.IsEnum || type.IsPointer || Immutable.Contains(type) || !seen.Add(type))
            {
                return false;
            }

            // The read-only list the compiler makes for a collection expression typed IReadOnlyList<T>, and the
            // framework's encoders, which are thread-safe and configured once.
            if (type.Name.StartsWith("<>z__ReadOnly", StringComparison.Ordinal) || type.IsAssignableTo(typeof(System.Text.Encodings.Web.TextEncoder)))
            {
                return false;
            }

            var space = type.Namespace ?? "";
            if (space.StartsWith("System.Collections.Immutable", StringComparison.Ordinal) || space.StartsWith("System.Collections.Frozen", StringComparison.Ordinal))
            {
                return false;
            }

            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Nullable<>))
            {
                return CanChange(type.GetGenericArguments()[0], seen);
            }

            // A type of the generator's own (or this test's) can change if any field of it can be written or holds something that can.
            if (type.Assembly == typeof(BuildMemo).Assembly || type.Assembly == typeof(StaticStateTests).Assembly)
            {
                return type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
                    .Any(f => !f.IsInitOnly || CanChange(f.FieldType, seen));
            }

            // Anything else from the framework or a library is taken to hold state unless listed above.
            return true;
        }
    }
}

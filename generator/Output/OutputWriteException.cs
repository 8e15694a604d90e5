namespace Hubwatch.Output;

/// <summary>Writing the site failed (a full disk, a read-only folder, no permission); the previous site is still in place.</summary>
public sealed class OutputWriteException(Exception inner) : IOException(IoProblem.Describe(inner), inner)
{
    /// <summary>Runs a file operation of the output stage, turning its failure into this exception.</summary>
    public static T Wrap<T>(Func<T> operation)
    {
        try
        {
            return operation();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException && e is not OutputWriteException)
        {
            throw new OutputWriteException(e);
        }
    }

    public static void Wrap(Action operation) => Wrap(() =>
    {
        operation();
        return 0;
    });
}

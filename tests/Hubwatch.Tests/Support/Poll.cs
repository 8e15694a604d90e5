namespace Hubwatch.Tests.Support;

/// <summary>Waits for something that happens in the background (a rebuild), checking often and giving up after a timeout.</summary>
public static class Poll
{
    public static async Task<T> UntilAsync<T>(Func<Task<T>> probe, Func<T, bool> isDone, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        T last;
        do
        {
            last = await probe();
            if (isDone(last))
            {
                return last;
            }

            await Task.Delay(25);
        }
        while (DateTime.UtcNow < deadline);

        throw new TimeoutException($"timed out waiting for {what}; last seen:\n{last}");
    }
}

using Doorbell.Settings;
using Doorbell.Triggers;

namespace Doorbell.Dispatch;

/// <summary>
/// The dispatcher's signing key: one line "id:base64secret" (the same text a device is provisioned with).
/// Lines starting with '#' and blank lines are ignored, so the file can say what the key is for.
/// </summary>
public sealed class DispatchKey(string id, byte[] secret)
{
    public string Id { get; } = id;
    public byte[] Secret { get; } = secret;

    public static DispatchKey Parse(string text)
    {
        string[] lines = text.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToArray();
        if (lines.Length != 1)
        {
            throw new DispatchException($"a key file holds exactly one line 'id:base64secret', found {lines.Length}");
        }

        int colon = lines[0].IndexOf(':');
        if (colon <= 0)
        {
            throw new DispatchException("a key line is 'id:base64secret'");
        }

        string id = lines[0][..colon];
        byte[] secret;
        try
        {
            secret = Convert.FromBase64String(lines[0][(colon + 1)..]);
        }
        catch (FormatException)
        {
            throw new DispatchException($"the secret of key '{id}' is not base64");
        }

        // The device's rules for a provisioned key are the rules for the dispatcher's key.
        var probe = DeviceSettings.Defaults();
        probe.TriggerKeys = [new TriggerKey(id, secret)];
        string? problem = SettingsValidator.Check(probe);
        if (problem != null)
        {
            throw new DispatchException(problem);
        }

        return new DispatchKey(id, secret);
    }

    public static DispatchKey Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new DispatchException($"key file '{path}' does not exist");
        }

        return Parse(File.ReadAllText(path));
    }

    /// <summary>A fresh random 32-byte key, as "id:base64secret".</summary>
    public static string Generate(string id) => id + ":" + Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    /// <summary>Never the secret.</summary>
    public override string ToString() => $"key {Id} ({Secret.Length} bytes)";
}

/// <summary>A problem the user can fix (bad option, unreadable file): printed as one line, exit code 2.</summary>
public sealed class DispatchException(string message) : Exception(message);

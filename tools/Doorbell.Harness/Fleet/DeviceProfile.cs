using Doorbell.Settings;
using Doorbell.Triggers;

namespace Doorbell.Harness.Fleet;

/// <summary>What one fleet device's owner chose: where it is, opt-in, kinds, privacy precision, limits.</summary>
public sealed record DeviceProfile(string DeviceId, double Lat, double Lon, bool OptIn, int AllowedKinds, int Precision, int MaxRadiusMeters, int HourlyCap)
{
    /// <summary>The settings file a device with this profile would have saved (written to its storage before it boots).</summary>
    public DeviceSettings ToSettings(string keyId, byte[] secret)
    {
        DeviceSettings s = DeviceSettings.Defaults();
        s.DeviceId = DeviceId;
        s.HasLocation = true;
        s.Latitude = Lat;
        s.Longitude = Lon;
        s.OptIn = OptIn;
        s.AllowedKinds = AllowedKinds;
        s.PrivacyPrecision = Precision;
        s.MaxRadiusMeters = MaxRadiusMeters;
        s.HourlyActivationCap = HourlyCap;
        s.TriggerKeys = [new TriggerKey(keyId, secret)];
        return s;
    }

    /// <summary>
    /// N devices spread uniformly over a square of <paramref name="sideKm"/> around the centre, with a mix of owners:
    /// 70 % opted in; 60 % allow every kind, the rest each kind with probability 0.7; precision 4/5/6 at 20/60/20 %
    /// (or the one given); maximum radius 500/1000/2000/5000 m at 20/50/20/10 %; hourly cap 1/3/20 at 10/80/10 %.
    /// </summary>
    public static DeviceProfile[] Spread(int count, double centreLat, double centreLon, double sideKm, int? precision, string runId, Random random)
    {
        double halfLat = sideKm / 2 / 111.132;
        double halfLon = sideKm / 2 / (111.320 * Math.Cos(centreLat * Math.PI / 180));
        var devices = new DeviceProfile[count];
        for (int i = 0; i < count; i++)
        {
            int kinds = TriggerKinds.All;
            if (random.NextDouble() >= 0.6)
            {
                kinds = 0;
                for (int k = 0; k < TriggerKinds.Names.Length; k++)
                {
                    kinds |= random.NextDouble() < 0.7 ? 1 << k : 0;
                }
            }

            double p = random.NextDouble();
            double r = random.NextDouble();
            double c = random.NextDouble();
            devices[i] = new DeviceProfile(
                $"fleet-{runId}-{i:0000}",
                Math.Round(centreLat + ((random.NextDouble() * 2) - 1) * halfLat, 6),
                Math.Round(centreLon + ((random.NextDouble() * 2) - 1) * halfLon, 6),
                random.NextDouble() < 0.7,
                kinds,
                precision ?? (p < 0.2 ? 4 : p < 0.8 ? 5 : 6),
                r < 0.2 ? 500 : r < 0.7 ? 1000 : r < 0.9 ? 2000 : 5000,
                c < 0.1 ? 1 : c < 0.9 ? 3 : 20);
        }

        return devices;
    }
}

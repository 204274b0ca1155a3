namespace Doorbell.Host.Adapters;

/// <summary>
/// A scene for running without footage: a still gradient background with sensor noise, and a person-sized
/// block that walks across for 9 s out of every 20 s. Rendered by ffmpeg's lavfi, so it takes the same path as video.
/// </summary>
public static class SyntheticScene
{
    public static CameraSource Source(int fps, int width, int height)
    {
        int personW = width / 8, personH = height / 2;
        string graph =
            $"gradients=size={width}x{height}:rate={fps}:speed=0.00001:c0=0x505a64:c1=0x9aa0a8:seed=7[bg];" +
            $"color=c=0x303040:s={personW}x{personH}:r={fps}[person];" +
            $"[bg][person]overlay=x='mod(t,20)*{personW}-{personW}':y={height / 3}:enable='lt(mod(t,20),9)'," +
            "noise=alls=6:allf=t[out0]";
        return new CameraSource(graph, IsLavfi: true, Fps: fps, JpegWidth: width, JpegHeight: height);
    }
}

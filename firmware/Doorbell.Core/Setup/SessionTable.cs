using Doorbell.Crypto;

namespace Doorbell.Setup
{
    /// <summary>A logged-in browser: its cookie id, the form token its pages carry, and when it was last seen.</summary>
    public sealed class Session
    {
        internal Session(string id, string formToken, string passwordHash, long nowMs)
        {
            Id = id;
            FormToken = formToken;
            PasswordHash = passwordHash;
            CreatedMs = nowMs;
            LastSeenMs = nowMs;
        }

        public string Id { get; private set; }

        /// <summary>The CSRF token: every state-changing form of this session must send it back.</summary>
        public string FormToken { get; private set; }

        /// <summary>The password hash it logged in against: a new password (or a reset) ends the session.</summary>
        public string PasswordHash { get; private set; }

        public long CreatedMs { get; private set; }
        public long LastSeenMs { get; internal set; }
    }

    /// <summary>
    /// The logged-in sessions, at most <see cref="Capacity"/> (a phone and a laptop, with room to spare); a new
    /// login past that ends the least recently used one. A session ends after <see cref="IdleMs"/> without a
    /// request, or <see cref="MaxAgeMs"/> after login, whichever comes first. State: 4 references.
    /// </summary>
    public sealed class SessionTable
    {
        public const int Capacity = 4;
        public const long IdleMs = 15 * 60 * 1000;
        public const long MaxAgeMs = 12L * 3600 * 1000;

        private readonly Session[] _slots = new Session[Capacity];

        public int Count
        {
            get
            {
                int n = 0;
                for (int i = 0; i < Capacity; i++)
                {
                    if (_slots[i] != null)
                    {
                        n++;
                    }
                }

                return n;
            }
        }

        /// <summary>The live session with this id (compared in fixed time against every slot), or null. Touches it.</summary>
        public Session Find(string id, long nowMs)
        {
            Session found = null;
            for (int i = 0; i < Capacity; i++)
            {
                Session s = _slots[i];
                if (s != null && IsExpired(s, nowMs))
                {
                    _slots[i] = null;
                }
                else if (s != null && FixedTime.FixedTimeEquals(s.Id, id))
                {
                    found = s;
                }
            }

            if (found != null)
            {
                found.LastSeenMs = nowMs;
            }

            return found;
        }

        public Session Create(TokenSource tokens, string passwordHash, long nowMs)
        {
            int slot = 0;
            for (int i = 0; i < Capacity; i++)
            {
                Session s = _slots[i];
                if (s == null || IsExpired(s, nowMs))
                {
                    slot = i;
                    break;
                }

                if (s.LastSeenMs < _slots[slot].LastSeenMs)
                {
                    slot = i;
                }
            }

            var session = new Session(tokens.NextToken(), tokens.NextToken(), passwordHash, nowMs);
            _slots[slot] = session;
            return session;
        }

        public void Remove(Session session)
        {
            for (int i = 0; i < Capacity; i++)
            {
                if (_slots[i] == session)
                {
                    _slots[i] = null;
                }
            }
        }

        public void Clear()
        {
            for (int i = 0; i < Capacity; i++)
            {
                _slots[i] = null;
            }
        }

        private static bool IsExpired(Session s, long nowMs)
        {
            return nowMs - s.LastSeenMs > IdleMs || nowMs - s.CreatedMs > MaxAgeMs;
        }
    }
}

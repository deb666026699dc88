export interface RateLimitResult {
  allowed: boolean;
  headers: Record<string, string>;
}

/** A fixed-window counter per client, like the API's direct client/IP limiter. */
export class RateLimiter {
  private buckets = new Map<string, { count: number; resetAt: number }>();

  hit(client: string, limit: number, windowMs: number, now: number): RateLimitResult {
    let bucket = this.buckets.get(client);
    if (!bucket || bucket.resetAt <= now) {
      bucket = { count: 0, resetAt: now + windowMs };
      this.buckets.set(client, bucket);
    }
    bucket.count++;
    const allowed = bucket.count <= limit;
    return {
      allowed,
      headers: {
        'X-Ratelimit-Limit': String(limit),
        'X-Ratelimit-Remaining': String(Math.max(0, limit - bucket.count)),
        // Unix time in seconds when the bucket resets (CONTRACT §1.7).
        'X-Ratelimit-Reset': String(Math.ceil(bucket.resetAt / 1000)),
      },
    };
  }

  clear(): void {
    this.buckets.clear();
  }
}

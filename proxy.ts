// A quick first gate: no session cookie → the sign-in page (or 401 for the API).
// It only looks at the cookie; pages, routes and domain functions verify the session itself.
import { getSessionCookie } from "better-auth/cookies";
import { NextResponse, type NextRequest } from "next/server";

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (getSessionCookie(request)) return NextResponse.next();
  if (pathname.startsWith("/api/")) {
    // Scripts authenticate with a bearer token, checked by the route itself.
    if (request.headers.get("authorization")) return NextResponse.next();
    return NextResponse.json({ error: { code: "UNAUTHENTICATED", message: "Sign in to continue." } }, { status: 401 });
  }
  const signIn = new URL("/sign-in", request.url);
  if (pathname !== "/") signIn.searchParams.set("next", `${pathname}${search}`);
  return NextResponse.redirect(signIn);
}

export const config = {
  matcher: ["/((?!api/auth/|sign-in|_next/static|_next/image|favicon\\.ico|icon\\.svg).*)"],
};

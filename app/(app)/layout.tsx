import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { NavLink } from "@/components/shell/nav-link";
import { hasRole } from "@/lib/auth/actor";
import { requireActorForPage } from "@/lib/auth/session";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActorForPage();
  return (
    <div className="flex min-h-screen flex-col">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-1">
        Skip to content
      </a>
      <header className="border-b border-stone-200 bg-white">
        <div className="mx-auto flex h-14 max-w-6xl items-center gap-6 px-4">
          <Link href="/articles" className="text-lg font-semibold tracking-tight text-indigo-950">
            Lector
          </Link>
          <nav aria-label="Main" className="flex gap-1">
            <NavLink href="/articles" activeWhen={"^/articles(/\\d+.*)?$"}>
              Articles
            </NavLink>
            {hasRole(actor, "lead") && <NavLink href="/articles/import">Import</NavLink>}
          </nav>
          <div className="ml-auto flex items-center gap-3 text-sm">
            <span className="text-stone-700" data-testid="current-user">
              {actor.name}
              <span className="ml-2 rounded-full bg-stone-100 px-2 py-0.5 text-xs font-medium uppercase tracking-wide text-stone-600">
                {actor.role}
              </span>
            </span>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
        {children}
      </main>
    </div>
  );
}
